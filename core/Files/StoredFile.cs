namespace InternalTthc.Core.Files;

/// <summary>A file someone sent, as kept by an <see cref="IFileStore"/>: its id, cleaned name, declared type and size.</summary>
public sealed record StoredFile(string Id, string Name, string ContentType, long Length);
