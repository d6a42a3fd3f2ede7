using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Conversations.Cases;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Cards.Cases;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Notifications;

/// <summary>
/// Case cards people already have follow the case, over real sockets: a Teams notification, a Web Chat card (the same
/// activity id); deleted messages are forgotten, outages retried. (A team channel shows no case: SharedConversationCaseTests.)
/// </summary>
public sealed class LiveCaseCardTests : IAsyncLifetime
{
    private const string Procedure = "lcu-mailbox-grant";

    private TeamsService? _service;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private FakeBotConnector Connector => _service!.Connector;
    private ServiceTestHost Host => _service!.Host;
    private TeamsClient Teams => _service!.Teams;
    private CaseDesk Desk => new(Host.Services);

    public async ValueTask InitializeAsync() => _service = await TeamsService.StartAsync();

    [Fact]
    public async Task An_agents_Teams_notification_of_a_new_case_is_updated_in_place_when_a_colleague_takes_the_case()
    {
        await Teams.JoinAsync("lcu.cntt", "29:thang");
        await Teams.JoinAsync("lcu.cntt2", "29:mai");
        var code = await Desk.FileAsync("lcu.daumoi", Procedure);
        await Host.DispatchAsync();
        var thang = NewCaseCard("29:thang", code);
        var mai = NewCaseCard("29:mai", code);

        var taken = await Teams.ExecuteAsync("29:mai", TeamsClient.PersonalChat("29:mai"), "personal", mai, CaseVerbs.Take, new JsonObject { ["code"] = code });
        Assert.Contains($"Bạn đã nhận xử lý hồ sơ {code}.", TeamsCaseActionTests.Words(taken));
        await Host.DispatchAsync();

        var put = Assert.Single(Connector.Requests, r => r.Method == "PUT");
        Assert.Equal(ActivityPath(TeamsClient.PersonalChat("29:thang"), thang), put.Path);
        var card = CardOf(put);
        var words = TeamsCaseActionTests.Words(card);
        Assert.Contains("Người xử lý", words);
        Assert.Contains("Vàng Thị Mai (demo)", words);
        Assert.Contains(Status("Đã gửi, chờ tiếp nhận"), words);
        Assert.Contains($"Có hồ sơ mới {code}", words); // the message keeps saying what it said, over the case as it stands
        Assert.Contains("case.receive", TeamsCaseActionTests.Verbs(card)); // what Thắng may still do

        // Her own card was redrawn by her press, and running again changes nothing.
        var before = Connector.Requests.Count;
        Assert.Equal(0, await Host.DispatchAsync());
        Assert.Equal(before, Connector.Requests.Count);
        await CardSchema.AssertValidAsync([JsonSerializer.SerializeToElement(card)]);
    }

    [Fact]
    public async Task A_Web_Chat_card_gets_the_receipt_under_the_same_id_at_the_same_place()
    {
        var code = await Desk.FileAsync("lcu.daumoi", Procedure);
        var directLine = new DirectLineTestClient(Host.Client);
        var start = await directLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
        await directLine.PostMessageAsync(conversation, token, $"tra cứu {code}", "client-1");
        var first = await directLine.PollAsync(conversation, token);
        var shown = Activities(first).Last(a => Words(a).Contains($"Hồ sơ {code}", StringComparison.Ordinal));
        Assert.Contains(Status("Đã gửi, chờ tiếp nhận"), Words(shown));

        var c = await Desk.FindAsync(code);
        var agent = await Desk.PersonIdAsync("lcu.cntt");
        await CaseNotificationTests.ActAsync(Host, s => s.ReceiveAsync(c.Id, agent, Ct));
        await Host.DispatchAsync();

        // A client past the card's watermark (streaming or polling) receives it again, with its id and first timestamp.
        var updated = Assert.Single(Activities(await directLine.PollAsync(conversation, token, Text(first, "watermark"))), a => Text(a, "id") == Text(shown, "id"));
        Assert.Contains(Status("Đã tiếp nhận"), Words(updated));
        Assert.Equal(Text(shown, "timestamp"), Text(updated, "timestamp"));
        // Read from the start, the conversation shows it once, as it now stands.
        var history = Assert.Single(Activities(await directLine.PollAsync(conversation, token)), a => Text(a, "id") == Text(shown, "id"));
        Assert.Contains(Status("Đã tiếp nhận"), Words(history));
    }

    [Fact]
    public async Task A_Teams_message_that_was_deleted_is_forgotten_and_never_tried_again()
    {
        var (c, card, mai) = await NotifiedOfNewCaseAsync();

        await CaseNotificationTests.ActAsync(Host, s => s.ReceiveAsync(c.Id, mai, Ct));
        Connector.FailNext(new CannedResponse(404, """{"error":{"code":"NotFound","message":"Message not found."}}"""));
        await Host.DispatchAsync();
        await CaseNotificationTests.ActAsync(Host, s => s.StartProcessingAsync(c.Id, mai, Ct));
        await Host.DispatchAsync();
        Host.Clock.Advance(TimeSpan.FromHours(2));
        await Host.DispatchAsync();

        Assert.Single(Updates("29:thang", card));
        Assert.Empty(await RowsAsync(OutboxStatus.Pending));
        Assert.Empty(await RowsAsync(OutboxStatus.DeadLetter));
    }

    [Fact]
    public async Task Two_changes_in_a_row_leave_the_card_showing_the_latest_state_even_through_an_outage()
    {
        var (c, card, mai) = await NotifiedOfNewCaseAsync();

        await CaseNotificationTests.ActAsync(Host, s => s.ReceiveAsync(c.Id, mai, Ct));
        await CaseNotificationTests.ActAsync(Host, s => s.StartProcessingAsync(c.Id, mai, Ct));
        Connector.FailNext(new CannedResponse(503));
        await Host.DispatchAsync();
        Host.Clock.Advance(TimeSpan.FromSeconds(10));
        await Host.DispatchAsync();

        // One row's update met the outage; the other's brought the card to the latest state, so the retry finds it current.
        var updates = Updates("29:thang", card);
        Assert.Equal(2, updates.Count);
        Assert.Contains(Status("Đang xử lý"), TeamsCaseActionTests.Words(CardOf(updates[^1])));
        Assert.Empty(await RowsAsync(OutboxStatus.Pending));
    }

    [Fact]
    public async Task A_401_of_a_rotated_password_keeps_the_card_and_the_update_is_retried()
    {
        var (c, card, mai) = await NotifiedOfNewCaseAsync();

        await CaseNotificationTests.ActAsync(Host, s => s.ReceiveAsync(c.Id, mai, Ct));
        // Refused twice: the client's own retry with a fresh token is refused too.
        Connector.FailNext(new CannedResponse(401, """{"error":{"code":"Unauthorized","message":"Authorization has been denied."}}"""));
        Connector.FailNext(new CannedResponse(401, """{"error":{"code":"Unauthorized","message":"Authorization has been denied."}}"""));
        await Host.DispatchAsync();
        Assert.NotEmpty(await RowsAsync(OutboxStatus.Pending));
        Host.Clock.Advance(TimeSpan.FromHours(1));
        await Host.DispatchAsync();

        var updates = Updates("29:thang", card);
        Assert.Contains(Status("Đã tiếp nhận"), TeamsCaseActionTests.Words(CardOf(updates[^1])));
        Assert.Equal(3, updates.Count);
        Assert.Empty(await RowsAsync(OutboxStatus.Pending));
    }

    [Fact]
    public async Task A_rating_updates_the_requesters_result_card_which_keeps_its_news_and_loses_its_rating_button()
    {
        await Teams.JoinAsync("lcu.daumoi", "29:hoa");
        var code = await Desk.FileAsync("lcu.daumoi", Procedure);
        var c = await Desk.FindAsync(code);
        var mai = await Desk.PersonIdAsync("lcu.cntt2");
        await CaseNotificationTests.ActAsync(Host, s => s.ReceiveAsync(c.Id, mai, Ct));
        await CaseNotificationTests.ActAsync(Host, s => s.ResolveAsync(c.Id, mai, new Core.Cases.CaseResult("21/TTCNTT", new DateOnly(2026, 3, 3), "Đã cấp quyền hộp thư", []), Ct));
        await Host.DispatchAsync();
        var result = Assert.Single(Connector.Requests, r => r.Method == "POST" && r.Path.StartsWith($"/v3/conversations/{TeamsClient.PersonalChat("29:hoa")}/activities", StringComparison.Ordinal)
            && r.Body.Contains("đã có kết quả", StringComparison.Ordinal));
        Assert.Contains(CaseVerbs.Rate, TeamsCaseActionTests.Verbs(result.Json["attachments"]![0]!["content"]));

        // Rated from elsewhere (another card, another channel): this card must not offer to rate again.
        await CaseNotificationTests.ActAsync(Host, s => s.RateAsync(c.Id, c.RequesterId, 5, "Nhanh", Ct));
        await Host.DispatchAsync();

        var updated = CardOf(Updates("29:hoa", result.AnsweredId!)[^1]);
        Assert.DoesNotContain(CaseVerbs.Rate, TeamsCaseActionTests.Verbs(updated));
        Assert.Contains($"Hồ sơ {code} đã có kết quả: văn bản số 21/TTCNTT ngày 03/03/2026.", TeamsCaseActionTests.Words(updated));
        await CardSchema.AssertValidAsync([JsonSerializer.SerializeToElement(updated)]);
    }

    [Fact]
    public async Task A_card_drawn_before_a_later_change_is_looked_at_again_once_the_channel_has_it()
    {
        var (c, card, mai) = await NotifiedOfNewCaseAsync();
        var thang = await Desk.PersonIdAsync("lcu.cntt");
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var person = (await scope.ServiceProvider.GetRequiredService<Core.Directory.IDirectoryStore>().GetPersonRolesAsync(thang, Ct))!;
            var drawn = await scope.ServiceProvider.GetRequiredService<InternalTthc.Bot.Conversations.Cases.CaseCards>().ForViewerAsync(person, await Desk.FindAsync(c.Code!), null, null, Ct);
            await Host.DispatchAsync();
            // Mai acts after Thắng's card was drawn; her change's update reaches the channel before his older card.
            await CaseNotificationTests.ActAsync(Host, s => s.ReceiveAsync(c.Id, mai, Ct));
            await Host.DispatchAsync();
            await scope.ServiceProvider.GetRequiredService<InternalTthc.Bot.Conversations.Cases.CaseCardTracker>().TrackAsync(
                "msteams", new ConversationAccount { Id = TeamsClient.PersonalChat("29:thang"), ConversationType = "personal" }, drawn, card, Ct);
        }

        var before = Updates("29:thang", card).Count;
        await Host.DispatchAsync();

        var updates = Updates("29:thang", card);
        Assert.Equal(before + 1, updates.Count);
        Assert.Contains(Status("Đã tiếp nhận"), TeamsCaseActionTests.Words(CardOf(updates[^1])));
    }

    /// <summary>Thắng, on Teams, is told of a new case; returns it, the id of his card, and his colleague Mai who will handle it.</summary>
    private async Task<(Core.Cases.Case Case, string Card, Guid Mai)> NotifiedOfNewCaseAsync()
    {
        await Teams.JoinAsync("lcu.cntt", "29:thang");
        var code = await Desk.FileAsync("lcu.daumoi", Procedure);
        await Host.DispatchAsync();
        return (await Desk.FindAsync(code), NewCaseCard("29:thang", code), await Desk.PersonIdAsync("lcu.cntt2"));
    }

    /// <summary>The id of the "new case" card posted to a Teams account's 1:1 chat.</summary>
    private string NewCaseCard(string teamsId, string code) =>
        Assert.Single(Connector.Requests, r => r.Method == "POST" && r.Path.StartsWith($"/v3/conversations/{TeamsClient.PersonalChat(teamsId)}/activities", StringComparison.Ordinal)
            && r.Body.Contains($"Có hồ sơ mới {code}", StringComparison.Ordinal)).AnsweredId!;

    private List<RecordedRequest> Updates(string teamsId, string activityId) =>
        [.. Connector.Requests.Where(r => r.Method == "PUT" && r.Path == ActivityPath(TeamsClient.PersonalChat(teamsId), activityId))];

    /// <summary>The status fact of a card's words (the timeline below names earlier statuses too).</summary>
    private static string Status(string status) => $"Trạng thái\n{status}";

    private static string ActivityPath(string conversationId, string activityId) => $"/v3/conversations/{conversationId}/activities/{activityId}";

    private static JsonObject CardOf(RecordedRequest request) => request.Json["attachments"]![0]!["content"]!.AsObject();

    private static IEnumerable<JsonObject> Activities(JsonObject set) => set["activities"]!.AsArray().Select(a => a!.AsObject());

    private static string Words(JsonObject activity) => ChatDriver.Text(activity.Deserialize<Activity>(BotJson.Options)!);

    /// <summary>The case-card rows of the outbox in a state (other topics wait for people who have no channel).</summary>
    private async Task<IReadOnlyList<OutboxMessage>> RowsAsync(OutboxStatus status)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<IOutboxStore>().ListAsync(status, 1_000, Ct)).Where(m => m.Topic == CaseCardsPayload.Topic)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_service is not null) await _service.DisposeAsync();
    }
}
