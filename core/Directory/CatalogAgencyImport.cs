using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Directory;

/// <summary>The agencies the catalogs name, as directory units, so every procedure can be routed from the first start.</summary>
public static class CatalogAgencyImport
{
    public static DirectoryImport From(ProcedureCatalog catalog) => new()
    {
        Units = [.. catalog.Files.SelectMany(f => f.Agencies.Select(a =>
            new ImportedUnit(a.Code, a.Name, f.Jurisdiction.Code, a.Level, a.ParentCode)))],
    };
}
