using InternalTthc.Core.Catalog;
using InternalTthc.Core.Tests.Catalog;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>The catalog files shipped with the service, loaded once for the understanding tests (read only).</summary>
internal static class ShippedCatalog
{
    private static readonly Lazy<ProcedureCatalog> Loaded = new(() =>
        new CatalogLoader().LoadFolderAsync(PublishedCatalogTests.Folder, CancellationToken.None).GetAwaiter().GetResult());

    public static ProcedureCatalog Catalog => Loaded.Value;
}
