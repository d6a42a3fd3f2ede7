namespace InternalTthc.Core.Files;

/// <summary>Where the local file store keeps files. Bound from the "Files" section.</summary>
public sealed record FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>Folder of stored files; a relative path is taken from the working folder, like the SQLite file.</summary>
    public string Folder { get; init; } = "data/files";
}
