using System.Text.Json.Nodes;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Catalog;

/// <summary>A second jurisdiction's file that reuses what belongs to the first is refused, naming both files and the code.</summary>
public sealed class CrossFileClashTests
{
    /// <summary>A valid file of another jurisdiction ("tinh-khac", KHA, agencies kha-*), sharing only the procedure code tst-focal.</summary>
    internal static JsonNode OtherJurisdiction() =>
        JsonNode.Parse(BadCatalogFileTests.Valid().ToJsonString()
            .Replace("\"test-province\"", "\"tinh-khac\"", StringComparison.Ordinal).Replace("\"TST\"", "\"KHA\"", StringComparison.Ordinal)
            .Replace("tst-dept", "kha-dept", StringComparison.Ordinal).Replace("tst-center", "kha-center", StringComparison.Ordinal))!;

    private static IReadOnlyList<CatalogFault> Together(JsonNode other)
    {
        var loader = new CatalogLoader();
        var (a, _) = loader.Parse("a.json", BadCatalogFileTests.Valid().ToJsonString());
        var (b, faultsOfB) = loader.Parse("b.json", other.ToJsonString());
        Assert.Empty(faultsOfB);
        return new CatalogValidator().ValidateTogether([("a.json", a!), ("b.json", b!)]);
    }

    private static JsonNode WithOwnProcedure()
    {
        var other = OtherJurisdiction();
        other["procedures"]![0]!["code"] = "kha-focal";
        return other;
    }

    [Fact]
    public void Distinct_files_load_together() => Assert.Empty(Together(WithOwnProcedure()));

    [Fact]
    public void A_case_prefix_of_another_jurisdiction_is_named_with_both_files()
    {
        var other = WithOwnProcedure();
        other["jurisdiction"]!["casePrefix"] = "TST";
        var fault = Assert.Single(Together(other));
        Assert.Equal(("a.json, b.json", "jurisdiction"), (fault.File, fault.Entry));
        Assert.Contains("tiền tố mã hồ sơ 'TST'", fault.Message);
    }

    [Fact]
    public void An_agency_code_of_another_jurisdiction_is_named_with_both_files()
    {
        var text = WithOwnProcedure().ToJsonString().Replace("kha-center", "tst-center", StringComparison.Ordinal);
        var fault = Assert.Single(Together(JsonNode.Parse(text)!));
        Assert.Equal(("a.json, b.json", "agencies"), (fault.File, fault.Entry));
        Assert.Contains("mã cơ quan 'tst-center'", fault.Message);
    }

    [Fact]
    public void A_procedure_code_of_another_jurisdiction_is_named_with_both_files()
    {
        var fault = Assert.Single(Together(OtherJurisdiction()));
        Assert.Equal(("a.json, b.json", "tst-focal"), (fault.File, fault.Entry));
    }

    [Fact]
    public void The_same_jurisdiction_twice_is_named()
    {
        var other = WithOwnProcedure();
        other["jurisdiction"]!["code"] = "test-province";
        var fault = Assert.Single(Together(other));
        Assert.Contains("'test-province' có trong nhiều tệp", fault.Message);
    }

    [Fact]
    public async Task The_loader_refuses_the_clash_at_start_naming_both_files()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("catalog-");
        var other = WithOwnProcedure();
        other["jurisdiction"]!["casePrefix"] = "TST";
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.json"), BadCatalogFileTests.Valid().ToJsonString(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "b.json"), other.ToJsonString(), TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<CatalogException>(() => new CatalogLoader().LoadFolderAsync(folder.FullName, TestContext.Current.CancellationToken));
        Assert.Contains("a.json, b.json: jurisdiction: tiền tố mã hồ sơ 'TST'", ex.Message);
        folder.Delete(recursive: true);
    }
}
