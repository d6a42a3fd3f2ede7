namespace InternalTthc.Core.Cases;

/// <summary>Metadata of a stored file (the bytes live in the file store under <see cref="StorageKey"/>).</summary>
public sealed record CaseFile(string StorageKey, string FileName, string ContentType, long Size, string? FieldName = null);
