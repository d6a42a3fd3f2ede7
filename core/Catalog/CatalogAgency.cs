using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// An agency named by the published procedures (deciding or executing). The directory keeps a
/// unit for each, so cases can be routed to its agents.
/// </summary>
public sealed record CatalogAgency(string Code, string Name, string? ParentCode, UnitLevel Level = UnitLevel.Department, UnitKind Kind = UnitKind.Government);
