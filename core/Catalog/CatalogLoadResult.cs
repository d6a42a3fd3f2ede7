namespace InternalTthc.Core.Catalog;

public sealed record CatalogLoadResult(ProcedureCatalog Catalog, IReadOnlyList<CatalogFault> Faults);
