using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.Terminal;
using InternalTthc.Bot.Tests.Conversations.Cases;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Tests.Notifications;

/// <summary>
/// Cards that stay true: a case card pushed out of the latest ones kept current is redrawn in place as an old card without
/// buttons (Teams through the connector stand-in, in the viewer's language); where a card cannot change (the terminal), a
/// press from an older card answers with the case as it stands instead of acting.
/// </summary>
public sealed class SupersededCaseCardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Teams_card_pushed_out_by_newer_cards_of_the_case_is_redrawn_once_as_an_old_card_in_its_readers_language()
    {
        await using var service = await TeamsService.StartAsync();
        var (host, connector, teams) = (service.Host, service.Connector, service.Teams);
        var desk = new CaseDesk(host.Services);
        var chat = TeamsClient.PersonalChat("29:thang");
        await teams.JoinAsync("lcu.cntt", "29:thang");
        await teams.SayAsync("29:thang", "lcu.cntt", chat, "personal", "English");
        var code = await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");
        await host.DispatchAsync();
        var notice = Assert.Single(Posts(connector, chat), r => r.Body.Contains(code, StringComparison.Ordinal)).AnsweredId!;

        for (var i = 0; i < ShownCaseCard.KeptPerConversation; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1)); // he looks the case up again now and then
            await teams.SayAsync("29:thang", "lcu.cntt", chat, "personal", $"tra cứu {code}");
        }

        // Drawn by the dispatcher, outside his turn: for Thắng still, in the language he chose.
        await host.DispatchAsync();
        var old = CardOf(Assert.Single(Puts(connector, chat, notice)));
        Assert.Equal("en", old["lang"]!.GetValue<string>());
        Assert.Contains($"This card is out of date and no longer updated: the latest card of case {code} is further down.", TeamsCaseActionTests.Words(old));
        Assert.Empty(TeamsCaseActionTests.Verbs(old));
        Assert.Null(old["refresh"]); // Teams would otherwise draw its buttons again
        await CardSchema.AssertValidAsync([JsonSerializer.SerializeToElement(old)]);

        var (c, mai) = (await desk.FindAsync(code), await desk.PersonIdAsync("lcu.cntt2"));
        await CaseNotificationTests.ActAsync(host, s => s.ReceiveAsync(c.Id, mai, Ct));
        await host.DispatchAsync();

        // The old card is left as it is; the five kept ones follow the case.
        Assert.Single(Puts(connector, chat, notice));
        var kept = connector.Requests.Where(r => r.Method == "PUT" && r.Path.StartsWith($"/v3/conversations/{chat}/activities/", StringComparison.Ordinal)
            && !r.Path.EndsWith(notice, StringComparison.Ordinal)).Select(r => r.Path).Distinct().Count();
        Assert.Equal(ShownCaseCard.KeptPerConversation, kept);
    }

    [Fact]
    public async Task A_terminal_choice_from_a_card_the_case_has_moved_past_answers_with_the_case_as_it_stands()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");
        var thang = new ChatDriver(host.Services, "lcu.cntt", TerminalChat.ChannelId);
        await thang.SayAsync($"tra cứu {code}");
        Assert.Contains("Tiếp nhận", thang.LastText);

        var (c, mai) = (await desk.FindAsync(code), await desk.PersonIdAsync("lcu.cntt2"));
        await CaseNotificationTests.ActAsync(host, s => s.AssignAsync(c.Id, mai, mai, Ct));
        await thang.SayAsync("Tiếp nhận");

        Assert.Contains($"Hồ sơ {code} đã thay đổi từ khi thẻ bạn chọn được gửi nên thao tác chưa được thực hiện.", thang.LastText);
        Assert.Contains("Vàng Thị Mai (demo)", thang.LastText);
        Assert.DoesNotContain(CaseAction.Receive, CaseDesk.Actions(await desk.FindAsync(code)));

        // The card just shown is the case as it stands: choosing from it acts.
        await thang.SayAsync("Tiếp nhận");
        Assert.Contains($"Đã tiếp nhận hồ sơ {code}.", thang.LastText);
    }

    private static IEnumerable<RecordedRequest> Posts(FakeBotConnector connector, string chat) =>
        connector.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith($"/v3/conversations/{chat}/activities", StringComparison.Ordinal));

    private static List<RecordedRequest> Puts(FakeBotConnector connector, string chat, string activityId) =>
        [.. connector.Requests.Where(r => r.Method == "PUT" && r.Path == $"/v3/conversations/{chat}/activities/{activityId}")];

    private static JsonObject CardOf(RecordedRequest request) => request.Json["attachments"]![0]!["content"]!.AsObject();
}
