namespace InternalTthc.Core.Notifications;

/// <summary>The case cards channels show, kept current by the outbox when their case changes.</summary>
public interface IShownCaseCards
{
    /// <summary>
    /// Records a card (again, when the same message was redrawn) and marks the case's older cards in that conversation
    /// beyond <see cref="ShownCaseCard.KeptPerConversation"/> as superseded; true when it marked any (they are to be redrawn as old).
    /// </summary>
    Task<bool> RecordAsync(ShownCaseCard card, CancellationToken cancellationToken);

    /// <summary>The card a channel shows as its message <paramref name="activityId"/>; null when none is kept.</summary>
    Task<ShownCaseCard?> FindAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// A press on the message is redrawing it: the outbox leaves it alone until <paramref name="until"/> or until the
    /// press records what it drew (<see cref="RecordAsync"/>), whichever comes first.
    /// </summary>
    Task HoldAsync(Guid id, DateTimeOffset until, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShownCaseCard>> ListAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>Marks the card as showing <paramref name="version"/>, never an older one than it is marked with.</summary>
    Task MarkShownAsync(Guid id, int version, CancellationToken cancellationToken);

    Task ForgetAsync(Guid id, CancellationToken cancellationToken);
}
