namespace InternalTthc.Core.Notifications;

/// <summary>
/// A case card a channel shows and can still edit: where it is (ids only) and which state of the case it shows,
/// so every change of the case updates it in place instead of leaving it stale.
/// </summary>
public sealed class ShownCaseCard
{
    /// <summary>The latest cards of one case kept current per conversation; older ones are redrawn once as old cards (<see cref="SupersededAt"/>).</summary>
    public const int KeptPerConversation = 5;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid CaseId { get; set; }
    public required string ChannelId { get; init; }
    public required string ConversationId { get; init; }

    /// <summary>The channel's id of the message.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The person it was drawn for; null: for nobody in particular, and then not kept current.</summary>
    public Guid? ViewerId { get; set; }

    /// <summary>The <see cref="Cases.Case.Version"/> the card shows.</summary>
    public int CaseVersion { get; set; }

    /// <summary>What the message said on top (a notification's news), said again whenever the card is redrawn.</summary>
    public string? Headline { get; set; }

    public required DateTimeOffset ShownAt { get; set; }

    /// <summary>
    /// Until when a button press on this very message is redrawing it (Teams answers the press with the new card):
    /// the outbox leaves the card alone meanwhile, and the press records what it drew.
    /// </summary>
    public DateTimeOffset? HeldUntil { get; set; }

    /// <summary>
    /// When a newer card of the case in the same conversation pushed this one out of the kept ones: the outbox redraws it
    /// as an old card without buttons, then forgets it. Null while it is kept current.
    /// </summary>
    public DateTimeOffset? SupersededAt { get; set; }
}
