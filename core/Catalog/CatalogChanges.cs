namespace InternalTthc.Core.Catalog;

/// <summary>
/// An administrator's file of what changed since a jurisdiction's documents were published
/// (<c>&lt;jurisdiction&gt;.changes.json</c> beside its catalog file): new agencies, dated changes, and what is
/// known to have changed but not yet recorded. The catalog file itself, the legal record, is never edited for it.
/// </summary>
public sealed record CatalogChanges
{
    /// <summary>The jurisdiction code of the catalog file it amends.</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>Agencies that did not exist when the documents were published (the merged Sở Khoa học và Công nghệ).</summary>
    public IReadOnlyList<CatalogAgency> Agencies { get; init; } = [];

    public IReadOnlyList<CatalogChange> Changes { get; init; } = [];

    /// <summary>Changes known to have happened whose details are the administrator's to fill (a new name not yet known).</summary>
    public IReadOnlyList<string> Pending { get; init; } = [];

    public const string FileSuffix = ".changes.json";

    public static bool IsChangeFile(string fileName) => fileName.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);
}
