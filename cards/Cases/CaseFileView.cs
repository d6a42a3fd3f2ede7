namespace InternalTthc.Cards.Cases;

/// <summary>
/// A file kept with a case or passed in a hand-off, as its reader opens it: a link made for him, and the stored file itself
/// where it may be delivered as a file of its own (<see cref="Model.CardFile"/>).
/// </summary>
public sealed record CaseFileView(string Name, long Size, Uri Url, Model.CardFile? File = null);
