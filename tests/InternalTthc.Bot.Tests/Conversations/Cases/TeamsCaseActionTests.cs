using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.Tests.Conversations.Cases;

/// <summary>Teams' Universal Actions over a real socket: <c>adaptiveCard/action</c> answered with the card as the invoker may see it.</summary>
public sealed class TeamsCaseActionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agents_execute_is_answered_with_the_updated_card_and_others_see_no_buttons_they_may_not_press()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var desk = new CaseDesk(host.Services);
        await desk.LinkTeamsAsync("29:cto-agent", "cto.cntt");
        await desk.LinkTeamsAsync("29:cto-focal", "cto.daumoi");
        await desk.LinkTeamsAsync("29:hyn-agent", "hyn.cntt");
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");

        var received = await InvokeAsync(host, connector, "29:cto-agent", "case.receive", new JsonObject { ["code"] = code, ["note"] = "" });
        Assert.Contains($"Đã tiếp nhận hồ sơ {code}.", Words(received));
        Assert.Contains("case.startProcessing", Verbs(received));
        Assert.Equal("refreshCase", received["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(code, received["refresh"]!["action"]!["data"]!["code"]!.GetValue<string>());
        Assert.Equal(["29:cto-agent", "29:cto-focal"], received["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).Order());
        Assert.Equal(CaseStatus.Received, (await desk.FindAsync(code)).Status);

        var requester = await InvokeAsync(host, connector, "29:cto-focal", "refreshCase", new JsonObject { ["code"] = code });
        Assert.Contains("Đã tiếp nhận", Words(requester));
        Assert.DoesNotContain("case.startProcessing", Verbs(requester));
        Assert.DoesNotContain("case.resolve", Verbs(requester));
        Assert.Contains("case.withdraw", Verbs(requester));

        var crafted = await InvokeAsync(host, connector, "29:cto-focal", "case.resolve", new JsonObject
        {
            ["code"] = code, ["documentNumber"] = "1", ["documentDate"] = "2026-03-02", ["summary"] = "x",
        });
        Assert.Contains("Bạn không có quyền thực hiện việc \"trả kết quả\" đối với hồ sơ này.", Words(crafted));
        var stranger = await InvokeAsync(host, connector, "29:hyn-agent", "refreshCase", new JsonObject { ["code"] = code });
        Assert.Contains("Không tìm thấy hồ sơ.", Words(stranger));
        Assert.Empty(Verbs(stranger));
        Assert.Equal(CaseStatus.Received, (await desk.FindAsync(code)).Status);
        Assert.Empty(connector.Requests); // everything went back in the HTTP answers

        await CardSchema.AssertValidAsync([.. new[] { received, requester, crafted, stranger }.Select(c => JsonSerializer.SerializeToElement(c))]);
    }

    internal static async Task<JsonObject> InvokeAsync(ServiceTestHost host, FakeBotConnector connector, string from, string verb, JsonObject data)
    {
        var activity = TestActivities.CardAction(connector.ServiceUrl, verb);
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["from"] = new JsonObject { ["id"] = from, ["name"] = "Teams user" };
        activity["value"]!["action"]!["data"] = data;
        var response = await host.Client.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    internal static string Words(JsonObject card) => ChatDriver.Text(new() { Attachments = [new() { Content = card }] });

    internal static List<string> Verbs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["title"] is not null => [o["verb"]!.GetValue<string>()],
        JsonObject o => [.. o.Where(p => p.Key != "refresh").SelectMany(p => Verbs(p.Value))],
        JsonArray a => [.. a.SelectMany(Verbs)],
        _ => [],
    };
}
