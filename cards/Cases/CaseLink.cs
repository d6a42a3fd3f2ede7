namespace InternalTthc.Cards.Cases;

/// <summary>A link of a case card to something drawn from the case for its reader: a letter, a list, the case page.</summary>
public sealed record CaseLink(string Title, Uri Url);
