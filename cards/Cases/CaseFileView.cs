namespace InternalTthc.Cards.Cases;

/// <summary>A file kept with a case, as its reader opens it: a link made for him.</summary>
public sealed record CaseFileView(string Name, long Size, Uri Url);
