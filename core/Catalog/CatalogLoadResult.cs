namespace InternalTthc.Core.Catalog;

/// <summary>What loading found: the catalog when every file is sound, otherwise only the faults.</summary>
public sealed record CatalogLoadResult(ProcedureCatalog? Catalog, IReadOnlyList<CatalogFault> Faults);
