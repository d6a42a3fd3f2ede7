namespace InternalTthc.Core.Notifications;

/// <summary>The case cards channels show, kept current by the outbox when their case changes.</summary>
public interface IShownCaseCards
{
    /// <summary>
    /// Records a card (again, when the same message was redrawn) and forgets the case's older cards in that
    /// conversation beyond <see cref="ShownCaseCard.KeptPerConversation"/>.
    /// </summary>
    Task RecordAsync(ShownCaseCard card, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShownCaseCard>> ListAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>Marks the card as showing <paramref name="version"/>, never an older one than it is marked with.</summary>
    Task MarkShownAsync(Guid id, int version, CancellationToken cancellationToken);

    Task ForgetAsync(Guid id, CancellationToken cancellationToken);
}
