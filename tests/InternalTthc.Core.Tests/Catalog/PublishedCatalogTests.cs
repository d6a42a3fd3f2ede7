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

    [Fact]
    public async Task Every_jurisdiction_sets_a_reminder_policy_with_its_sources()
    {
        var catalog = await new CatalogLoader().LoadFolderAsync(Folder, TestContext.Current.CancellationToken);
        foreach (var j in catalog.Jurisdictions)
        {
            var policy = j.Policy.Reminders;
            Assert.True(policy is not null, j.Code);
            Assert.Equal([8, 2], policy.BeforeResolutionDueHours);
            Assert.Equal([7, 3, 1], policy.BeforeYearlyDateDays);
            Assert.Contains(policy.Sources, s => s.Contains("mặc định của hệ thống", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_procedure_policy_replaces_its_jurisdictions()
    {
        var catalog = await new CatalogLoader().LoadFolderAsync(Folder, TestContext.Current.CancellationToken);
        Assert.Equal([4, 1], catalog.RemindersFor(catalog.Find("lcu-system-support")!).BeforeResolutionDueHours);
        Assert.Equal([8, 2], catalog.RemindersFor(catalog.Find("lcu-mailbox-grant")!).BeforeResolutionDueHours);
    }
}
