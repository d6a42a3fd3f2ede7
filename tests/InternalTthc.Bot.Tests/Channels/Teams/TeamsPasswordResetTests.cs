using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Channels.DirectLine;
using InternalTthc.Bot.Tests.Conversations.Cases;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.Tests.Channels.Teams;

/// <summary>
/// Issue #12's "done when" on Teams, through the local Bot Connector stand-in: a Cần Thơ password reset for three people,
/// confirmed by the focal point reading every row on her card, then received, started and returned by an IT agent with
/// the cards' own buttons (<c>Action.Execute</c>) and his typed "bỏ qua"; the requester is told the result.
/// </summary>
public sealed class TeamsPasswordResetTests
{
    private const string Requester = "29:cto-staff";
    private const string Focal = "29:cto-focal";
    private const string Agent = "29:cto-agent";

    [Fact]
    public async Task An_agent_handles_a_password_reset_for_three_people_from_Teams()
    {
        await using var service = await TeamsService.StartAsync();
        var (host, connector, teams) = (service.Host, service.Connector, service.Teams);
        await teams.JoinAsync("cto.canbo", Requester);
        await teams.JoinAsync("cto.daumoi", Focal);
        await teams.JoinAsync("cto.cntt", Agent);
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("cto.canbo", "cto-mailbox-password", WebChatCaseContentTests.Answers(WebChatCaseContentTests.ThreePeople));

        await host.DispatchAsync();
        var (waitingId, waiting) = Posted(connector, Focal, $"Hồ sơ {code} của đơn vị đang chờ bạn xác nhận để gửi đi.");
        ExpectEveryRow(waiting);
        var confirmed = await PressAsync(teams, Focal, waitingId, waiting, "case.confirmForUnit");
        Assert.Contains($"Đơn vị đã xác nhận, hồ sơ {code} đã được gửi đi.", confirmed);
        Assert.DoesNotContain("Hãy báo cán bộ đầu mối", confirmed);

        await host.DispatchAsync();
        var (arrivedId, arrived) = Posted(connector, Agent, $"Có hồ sơ mới {code} cần tiếp nhận.");
        ExpectEveryRow(arrived);
        var received = await PressAsync(teams, Agent, arrivedId, arrived, "case.receive");
        Assert.Contains($"Đã tiếp nhận hồ sơ {code}.", received);
        var started = await teams.ExecuteAsync(Agent, TeamsClient.PersonalChat(Agent), "personal", arrivedId, "case.startProcessing", new JsonObject { ["code"] = code });
        Assert.Contains($"Đã bắt đầu xử lý hồ sơ {code}.", TeamsCaseActionTests.Words(started));
        var asked = await teams.ExecuteAsync(Agent, TeamsClient.PersonalChat(Agent), "personal", arrivedId, "case.resolve", new JsonObject
        {
            ["code"] = code, ["documentNumber"] = "31/TTCNTT", ["documentDate"] = "2026-03-03",
            ["summary"] = "Đã cấp lại mật khẩu cho 3 hộp thư; mật khẩu tạm gửi qua tin nhắn đến từng người.",
        });
        Assert.Contains($"Trả kết quả hồ sơ {code}: hãy gửi tệp kết quả", TeamsCaseActionTests.Words(asked));
        var before = connector.Requests.Count;
        await teams.SayAsync(Agent, "cto.cntt", TeamsClient.PersonalChat(Agent), "personal", "bỏ qua");
        Assert.Contains(connector.Requests.Skip(before), r => r.Body.Contains($"Đã trả kết quả hồ sơ {code}.", StringComparison.Ordinal));

        await host.DispatchAsync();
        var (_, result) = Posted(connector, Requester, $"Hồ sơ {code} đã có kết quả: văn bản số 31/TTCNTT ngày 03/03/2026.");
        ExpectEveryRow(result);
        var c = await desk.FindAsync(code);
        Assert.Equal([CaseAction.Submit, CaseAction.ConfirmForUnit, CaseAction.Receive, CaseAction.StartProcessing, CaseAction.Resolve], CaseDesk.Actions(c));
        await CardSchema.AssertValidAsync([.. new[] { waiting, arrived, result }.Select(card => JsonSerializer.SerializeToElement(card))]);
    }

    /// <summary>The card the bot posted to a person's 1:1 chat that says <paramref name="words"/>, with the message's id.</summary>
    private static (string Id, JsonObject Card) Posted(FakeBotConnector connector, string teamsId, string words)
    {
        var post = connector.Requests.Last(r => r.Method == "POST" && r.Path.StartsWith($"/v3/conversations/{TeamsClient.PersonalChat(teamsId)}/activities", StringComparison.Ordinal)
            && r.Body.Contains(words, StringComparison.Ordinal));
        return (post.AnsweredId!, post.Json["attachments"]![0]!["content"]!.AsObject());
    }

    /// <summary>Presses a button the card offers; the words of the card Teams then shows.</summary>
    private static async Task<string> PressAsync(TeamsClient teams, string teamsId, string messageId, JsonObject card, string verb)
    {
        Assert.Contains(verb, TeamsCaseActionTests.Verbs(card));
        var code = card["refresh"]!["action"]!["data"]!["code"]!.GetValue<string>();
        return TeamsCaseActionTests.Words(await teams.ExecuteAsync(teamsId, TeamsClient.PersonalChat(teamsId), "personal", messageId, verb, new JsonObject { ["code"] = code }));
    }

    private static void ExpectEveryRow(JsonObject card)
    {
        var words = TeamsCaseActionTests.Words(card);
        foreach (var cell in WebChatCaseContentTests.ThreePeople.SelectMany(p => p).Where(cell => cell.Length > 0))
        {
            Assert.Contains(cell, words);
        }
    }
}
