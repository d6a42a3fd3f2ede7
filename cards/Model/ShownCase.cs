namespace InternalTthc.Cards.Model;

/// <summary>
/// The case a card shows, the case's version it was drawn from, the person it was drawn for, and the sentence on top
/// that stays when the card is redrawn (what a notification told him), if any.
/// </summary>
public sealed record ShownCase(Guid CaseId, int Version, Guid ViewerId, string? Headline = null);
