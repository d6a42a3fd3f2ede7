namespace InternalTthc.Core.Files;

/// <summary>A stored file opened for reading; the caller disposes <see cref="Content"/>.</summary>
public sealed record OpenedFile(StoredFile File, Stream Content);
