namespace InternalTthc.Cards.Model;

/// <summary>
/// What the bot shows, independent of the channel: rendered as an Adaptive Card for Teams and
/// Web Chat, and as plain text with numbered choices for Zalo and the terminal.
/// </summary>
public sealed record Card
{
    public required IReadOnlyList<CardElement> Body { get; init; }
    public IReadOnlyList<CardButton> Actions { get; init; } = [];

    /// <summary>Set on cards whose buttons act on shared state (a case): Teams then renders them as Universal Actions.</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>A one-line summary for notifications and screen readers.</summary>
    public required string Summary { get; init; }

    /// <summary>Not rendered: the card is the greeting menu (a greeting typed right after it is not answered by a second one).</summary>
    public bool IsMenu { get; init; }

    /// <summary>Not rendered: the case a case card shows, so the message can be kept current where the channel edits messages.</summary>
    public ShownCase? Shows { get; init; }
}
