using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Catalog;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>What the fuzzer found, each kept as a regression test: files with nulls or broken text are refused with their fault named.</summary>
public sealed class FuzzFindingTests
{
    private static string ShippedCatalog => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "core", "Catalog", "Data", "lai-chau.json"));

    [Fact]
    public void A_catalog_with_a_null_where_a_value_is_required_is_a_fault_not_a_crash()
    {
        var json = JsonNode.Parse(ShippedCatalog, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        json["procedures"]![0]!["form"]![0]!["label"] = null;
        json["procedures"]![1] = null;

        var (file, faults) = new CatalogLoader().Parse("lai-chau.json", json.ToJsonString());

        Assert.Null(file);
        Assert.Contains(faults, f => f.Message.Contains("procedures[0].form[0].label", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Message.EndsWith("procedures[1]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_activity_whose_id_holds_a_control_character_is_a_400()
    {
        await using var teams = await Support.TeamsService.StartAsync();
        var activity = Support.TestActivities.TeamsMessage(teams.Connector.ServiceUrl);
        activity["conversation"]!["id"] = "a\u0000b";

        using var response = await teams.PostSignedAsync(new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_whose_id_is_longer_than_any_channel_gives_is_a_400_not_a_failed_reply()
    {
        await using var teams = await Support.TeamsService.StartAsync();
        var activity = Support.TestActivities.TeamsMessage(teams.Connector.ServiceUrl);
        // What the fuzzer sent: the reply's URL holding this id was too long for the Bot Connector (414) and the turn failed, 500.
        activity["conversation"]!["id"] = new string('\u2DFF', 3000);

        using var response = await teams.PostSignedAsync(new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_with_a_lone_surrogate_is_a_fault_not_a_crash()
    {
        var json = ShippedCatalog.Replace("\"Tỉnh Lai Châu\"", "\"T\\ud853\"", StringComparison.Ordinal);

        var (file, faults) = new CatalogLoader().Parse("lai-chau.json", json);

        Assert.Null(file);
        Assert.Contains("Unicode", Assert.Single(faults).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "units": [null], "people": [] }""", "units[0]")]
    [InlineData("""{ "units": [], "people": [ { "login": null, "fullName": "A", "unitCode": "x" } ] }""", "people[0].login")]
    [InlineData("""{ "units": [], "people": [ { "login": "\ud853", "fullName": "A", "unitCode": "x" } ] }""", "Unicode")]
    public async Task A_directory_file_with_nulls_or_broken_text_is_refused_with_its_fault_named(string json, string named)
    {
        var (source, faults) = await DirectoryFileReader.ReadAsync("danh-ba.json", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), TestContext.Current.CancellationToken);

        Assert.Null(source);
        Assert.Contains(named, Assert.Single(faults).ToString(), StringComparison.Ordinal);
    }
}
