namespace InternalTthc.Bot.Channels;

/// <summary>
/// A file of the service's file store a message delivers itself, where its channel can (a case's result file): area, id,
/// name, kind, and the signed link that was shown in its place, the way to it should the channel fail to send it.
/// </summary>
public sealed record StoredFileRef(string Area, string Id, string Name, string ContentType, Uri? Link = null);
