using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Directory;

/// <summary>
/// The agencies the catalogs and their change files name (the successors of merged agencies too), as directory units,
/// so every procedure can be routed from the first start. Units keep their published names; cards and letters read
/// today's names from the catalog's successions.
/// </summary>
public static class CatalogAgencyImport
{
    public static DirectoryImport From(ProcedureCatalog catalog) => new()
    {
        Units =
        [
            .. catalog.Files.SelectMany(f => f.Agencies.Select(a => Unit(a, f.Jurisdiction.Code))),
            .. catalog.Successions.AddedAgencies.Select(x => Unit(x.Agency, x.Jurisdiction)),
        ],
    };

    private static ImportedUnit Unit(CatalogAgency a, string jurisdiction) => new(a.Code, a.Name, jurisdiction, a.Level, a.ParentCode, a.Kind);
}
