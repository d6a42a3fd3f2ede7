namespace InternalTthc.Cards.Model;

/// <summary>
/// A file of the service's file store a link button stands for (a case's result file, a file passed in a hand-off): its
/// area and id in the store, name, kind and size. Where the channel delivers files itself (Zalo), the file is sent as a
/// message of its own instead of the link; elsewhere the link stays the way to it.
/// </summary>
public sealed record CardFile(string Area, string Id, string Name, string ContentType, long Size);
