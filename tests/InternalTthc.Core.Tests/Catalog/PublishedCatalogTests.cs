using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Catalog;

/// <summary>The catalog files shipped with the service load without a fault.</summary>
public sealed class PublishedCatalogTests
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "catalog");

    [Fact]
    public async Task Shipped_catalog_files_load_without_faults()
    {
        var result = await new CatalogLoader().LoadFilesAsync(System.IO.Directory.GetFiles(Folder, "*.json"), TestContext.Current.CancellationToken);
        Assert.True(result.Faults.Count == 0, string.Join(Environment.NewLine, result.Faults));
        Assert.Equal(4, result.Catalog!.Jurisdictions.Count());
    }
}
