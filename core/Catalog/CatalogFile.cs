namespace InternalTthc.Core.Catalog;

/// <summary>The content of one catalog file: one jurisdiction with its documents, agencies, procedures and system events.</summary>
public sealed record CatalogFile
{
    public required JurisdictionInfo Jurisdiction { get; init; }
    public required IReadOnlyList<SourceDocument> Documents { get; init; }
    public required IReadOnlyList<CatalogAgency> Agencies { get; init; }
    public required IReadOnlyList<Procedure> Procedures { get; init; }

    /// <summary>What the system does on its own (suspension after months without log-in...), explained when asked.</summary>
    public IReadOnlyList<SystemEvent> SystemEvents { get; init; } = [];
}
