namespace InternalTthc.Core.Catalog;

/// <summary>The content of one catalog file: one jurisdiction with its documents, agencies and procedures.</summary>
public sealed record CatalogFile
{
    public required JurisdictionInfo Jurisdiction { get; init; }
    public required IReadOnlyList<SourceDocument> Documents { get; init; }
    public required IReadOnlyList<CatalogAgency> Agencies { get; init; }
    public required IReadOnlyList<Procedure> Procedures { get; init; }
}
