namespace InternalTthc.Core.Directory;

/// <summary>A directory to load: units by code, people by login, roles naming both.</summary>
public sealed record DirectoryImport
{
    public IReadOnlyList<ImportedUnit> Units { get; init; } = [];
    public IReadOnlyList<ImportedPerson> People { get; init; } = [];

    /// <summary>Marks everything imported as demo data.</summary>
    public bool IsDemo { get; init; }
}
