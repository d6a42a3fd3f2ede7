namespace InternalTthc.Cards.Model;

/// <summary>The case a card shows, the case's version it was drawn from, and the person it was drawn for.</summary>
public sealed record ShownCase(Guid CaseId, int Version, Guid ViewerId);
