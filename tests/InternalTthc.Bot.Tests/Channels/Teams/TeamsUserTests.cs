using System.Text.Json.Nodes;
using InternalTthc.Bot.Commands;
using InternalTthc.Bot.Tests.Conversations.Cases;
using InternalTthc.Bot.Tests.Notifications;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.Teams;

/// <summary>
/// Teams as its users meet it, over real sockets: every activity signed as the Bot Connector signs it, every answer
/// and every call the bot makes seen at a local Bot Connector stand-in.
/// </summary>
public sealed class TeamsUserTests : IAsyncLifetime
{
    private const string TeamChannel = "19:ttcntt@thread.tacv2";
    private const string GroupChat = "19:group-cto@thread.v2";
    private const string AgentId = "29:cto-agent";

    private readonly string _folder = ServiceTestHost.NewFolder();
    private TeamsService? _service;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private FakeBotConnector Connector => _service!.Connector;
    private ServiceTestHost Host => _service!.Host;
    private TeamsClient Teams => _service!.Teams;

    public async ValueTask InitializeAsync() => _service = await TeamsService.StartAsync(new Dictionary<string, string?>
    {
        ["Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "tthc.db")}", ["Files:Folder"] = Path.Combine(_folder, "files"),
    });

    /// <summary>What a person types after @mentioning the bot, where he types it, and what the bot must answer (it understood the command).</summary>
    public static TheoryData<string, string, string, string> Mentions => new()
    {
        { "channel", TeamChannel, "hàng đợi", "Hồ sơ chỉ xem được trong trò chuyện riêng với trợ lý" },
        { "groupChat", GroupChat, "hồ sơ của tôi", "Hồ sơ chỉ xem được trong trò chuyện riêng với trợ lý" },
        { "channel", TeamChannel, "trợ giúp", "Tôi có thể giúp gì?" },
        { "personal", TeamsClient.PersonalChat(AgentId), "hàng đợi", "Hồ sơ cần xử lý" },
    };

    [Theory]
    [MemberData(nameof(Mentions))]
    public async Task A_command_typed_after_an_at_mention_of_the_bot_is_understood(string type, string conversation, string words, string answer)
    {
        await Teams.JoinAsync("cto.cntt", AgentId);
        var before = Connector.Requests.Count;

        await Teams.MentionAsync(AgentId, conversation, type, words);

        var sent = Connector.Requests.Skip(before).Where(r => r.Method == "POST").ToList();
        Assert.Contains(sent, r => r.Body.Contains(answer, StringComparison.Ordinal));
        Assert.DoesNotContain(sent, r => r.Body.Contains("Xin lỗi, tôi chưa hiểu ý bạn.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Teams_user_is_linked_at_his_first_message_by_his_Entra_object_id_or_his_UPN_from_the_members_call()
    {
        var file = Path.Combine(_folder, "danh-ba.json");
        await File.WriteAllTextAsync(file, """
            { "units": [],
              "people": [
                { "login": "hung.dq@cantho.gov.vn", "fullName": "Đặng Quốc Hùng", "unitCode": "cto-ttcntt", "aadObjectId": "5f0c2a8e-0000-4000-8000-00000000a001", "roles": [ { "role": "agent" } ] },
                { "login": "mai.tt", "fullName": "Tạ Thị Mai", "unitCode": "cto-demo-so-tai-chinh", "userPrincipalName": "Mai.TT@CanTho.gov.vn", "roles": [ { "role": "focalPoint" } ] } ] }
            """, Ct);
        Assert.Equal(0, await DirectoryCommands.ImportAsync(new FileInfo(file), new StringWriter(), Store, Ct));
        Connector.Members["29:mai"] = new JsonObject
        {
            ["id"] = "29:mai", ["name"] = "Mai TT", ["aadObjectId"] = "5f0c2a8e-0000-4000-8000-00000000b002",
            ["userPrincipalName"] = "mai.tt@cantho.gov.vn", ["email"] = "mai.tt@cantho.gov.vn",
        };

        Assert.Contains("Xin chào Đặng Quốc Hùng!", await SayAsFirstAsync("29:hung", "5f0c2a8e-0000-4000-8000-00000000a001"));
        Assert.Contains("Xin chào Tạ Thị Mai!", await SayAsFirstAsync("29:mai", "5f0c2a8e-0000-4000-8000-00000000b002"));
        Assert.Contains(Connector.Requests, r => r.Method == "GET" && r.Path.EndsWith("/members/29:mai", StringComparison.Ordinal));
        // Nobody in the directory: a guest, told how to get linked.
        Assert.Contains("Tài khoản chưa được liên kết", await SayAsFirstAsync("29:stranger", "5f0c2a8e-0000-4000-8000-00000000c003"));

        // The spreadsheet columns take them too, and a value that cannot be one is refused with its row and column.
        var csv = Path.Combine(_folder, "danh-ba.csv");
        await File.WriteAllTextAsync(csv, "Tên đăng nhập,Họ và tên,Mã đơn vị,Mã đối tượng Entra,Tài khoản Microsoft 365 (UPN)\ncto.moi,Lê Văn Tâm,cto-ttcntt,không-phải-guid,tam@cantho\n", Ct);
        var output = new StringWriter();
        Assert.Equal(1, await DirectoryCommands.ImportAsync(new FileInfo(csv), output, Store, Ct));
        Assert.Contains("“không-phải-guid” không phải mã đối tượng Entra", output.ToString());
        Assert.Contains("“tam@cantho” không phải tài khoản Microsoft 365", output.ToString());
    }

    [Fact]
    public async Task Installing_the_app_greets_once_per_person_and_conversation()
    {
        var personal = TeamsClient.PersonalChat(AgentId);
        await Teams.JoinAsync("cto.cntt", AgentId);
        var before = Connector.Requests.Count;

        await Teams.SendAsync(AgentId, personal, "personal", Event("installationUpdate", action: "add"));
        await Teams.SendAsync(AgentId, personal, "personal", Event("conversationUpdate", botOnly: true));
        await Teams.SendAsync(AgentId, GroupChat, "groupChat", Event("conversationUpdate", botOnly: true));
        await Teams.SendAsync(AgentId, GroupChat, "groupChat", Event("installationUpdate", action: "add"));
        await Teams.SendAsync(AgentId, GroupChat, "groupChat", Event("installationUpdate", action: "remove"));

        var welcomes = Connector.Requests.Skip(before).Where(r => r.Method == "POST" && r.Body.Contains("Xin chào Trương Thanh Tâm", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, welcomes.Count);
        Assert.Single(welcomes, r => r.Path.Contains(personal, StringComparison.Ordinal));
        Assert.Single(welcomes, r => r.Path.Contains(GroupChat, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refreshed_notification_keeps_its_headline_and_a_card_the_press_drew_is_not_drawn_again()
    {
        var (desk, code, notice) = await NotifiedAgentAsync();
        var chat = TeamsClient.PersonalChat(AgentId);

        var refreshed = await Teams.ExecuteAsync(AgentId, chat, "personal", notice.AnsweredId!, "refreshCase", new JsonObject { ["code"] = code });
        Assert.Contains($"Có hồ sơ mới {code} cần tiếp nhận.", TeamsCaseActionTests.Words(refreshed));

        var pressed = await Teams.ExecuteAsync(AgentId, chat, "personal", notice.AnsweredId!, "case.receive", new JsonObject { ["code"] = code });
        Assert.Contains($"Đã tiếp nhận hồ sơ {code}.", TeamsCaseActionTests.Words(pressed));
        var afterPress = Connector.Requests.Count;
        await Host.DispatchAsync();
        Assert.DoesNotContain(Connector.Requests.Skip(afterPress), r => r.Method == "PUT" && r.Path.EndsWith(notice.AnsweredId!, StringComparison.Ordinal));

        // Teams' next refresh of that message: its headline again, over the case as it now stands.
        var later = TeamsCaseActionTests.Words(await Teams.ExecuteAsync(AgentId, chat, "personal", notice.AnsweredId!, "refreshCase", new JsonObject { ["code"] = code }));
        Assert.Contains($"Có hồ sơ mới {code} cần tiếp nhận.", later);
        Assert.Contains("Đã tiếp nhận", later);
    }

    [Fact]
    public async Task The_outbox_waits_while_a_press_redraws_a_card_and_then_draws_what_the_press_did_not_see()
    {
        var (desk, code, notice) = await NotifiedAgentAsync();
        var c = await desk.FindAsync(code);
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var shown = scope.ServiceProvider.GetRequiredService<IShownCaseCards>();
            await shown.HoldAsync(Assert.Single(await shown.ListAsync(c.Id, Ct)).Id, Host.Clock.GetUtcNow().AddSeconds(30), Ct);
        }

        // A colleague receives the case while the press is being answered: the held card is not drawn from under it.
        var agent = await desk.PersonIdAsync("cto.cntt");
        await CaseNotificationTests.ActAsync(Host, s => s.ReceiveAsync(c.Id, agent, Ct));
        var held = Connector.Requests.Count;
        await Host.DispatchAsync();
        Assert.DoesNotContain(Connector.Requests.Skip(held), r => r.Method == "PUT");

        // The press never recorded what it drew: once the hold is over, the card is drawn as the case stands, headline kept.
        Host.Clock.Advance(TimeSpan.FromSeconds(31));
        await Host.DispatchAsync();
        var update = Assert.Single(Connector.Requests.Skip(held), r => r.Method == "PUT" && r.Path.EndsWith(notice.AnsweredId!, StringComparison.Ordinal));
        Assert.Contains($"Có hồ sơ mới {code} cần tiếp nhận.", update.Body);
        Assert.Contains("Đã tiếp nhận", update.Body);
    }

    /// <summary>Every invoke Teams can send is answered 200 with a short message in the shape its kind expects.</summary>
    public static TheoryData<string, string> Invokes => new()
    {
        { "task/fetch", "task.value" },
        { "task/submit", "task.value" },
        { "composeExtension/query", "composeExtension.text" },
        { "signin/verifyState", "value" },
        { "fileConsent/invoke", "value" },
        { "something/new", "value" },
    };

    [Theory]
    [MemberData(nameof(Invokes))]
    public async Task An_invoke_other_than_a_card_action_gets_a_short_message_not_an_error(string name, string path)
    {
        await Teams.JoinAsync("cto.cntt", AgentId);
        var invoke = TestActivities.TeamsMessage(Connector.ServiceUrl, $"i-{Guid.NewGuid():N}");
        invoke["type"] = "invoke";
        invoke["name"] = name;
        invoke["value"] = new JsonObject { ["data"] = new JsonObject { ["anything"] = 1 } };
        invoke.Remove("text");

        var body = JsonNode.Parse(await Teams.SendAsync(AgentId, TeamsClient.PersonalChat(AgentId), "personal", invoke))!;

        var text = path.Split('.').Aggregate(body, (node, key) => node![key]!)!.GetValue<string>();
        Assert.Equal("Trợ lý chưa hỗ trợ thao tác này. Hãy nhắn \"menu\" cho trợ lý để xem những việc có thể làm.", text);
    }

    [Fact]
    public async Task A_case_invoke_in_a_team_channel_returns_no_case_data_and_changes_nothing()
    {
        await Teams.JoinAsync("cto.cntt", AgentId);
        var code = await new CaseDesk(Host.Services).FileAsync("cto.daumoi", "cto-mailbox-password");

        foreach (var verb in new[] { "refreshCase", "case.receive" })
        {
            var card = await Teams.ExecuteAsync(AgentId, TeamChannel, "channel", "1720000000999", verb, new JsonObject { ["code"] = code });
            var json = card.ToJsonString();
            Assert.Contains("Hồ sơ chỉ xem được trong trò chuyện riêng với trợ lý", TeamsCaseActionTests.Words(card));
            Assert.DoesNotContain(code, json);
            Assert.DoesNotContain("Action.Execute", json);
        }

        Assert.Equal(CaseStatus.Submitted, (await new CaseDesk(Host.Services).FindAsync(code)).Status);
    }

    /// <summary>A first message from a Teams account nobody linked, with the object id Teams puts in <c>from</c>; the bot's answer.</summary>
    [Fact]
    public async Task Vietnamese_whatever_the_clients_locale_and_English_as_a_persons_own_choice_in_replies_refusals_and_notifications()
    {
        await Teams.JoinAsync("cto.cntt", AgentId);
        var chat = TeamsClient.PersonalChat(AgentId);
        Assert.Contains("Xin chào Trương Thanh Tâm (demo)!", await SayInEnglishClientAsync(chat, "menu"));

        var chosen = await SayInEnglishClientAsync(chat, "English");
        Assert.Contains("From now on the assistant answers you in English.", chosen);
        Assert.Contains("Hello Trương Thanh Tâm (demo)!", chosen);

        var code = await new CaseDesk(Host.Services).FileAsync("cto.daumoi", "cto-mailbox-password");
        var before = Connector.Requests.Count;
        await Host.DispatchAsync();
        Assert.Contains(Connector.Requests.Skip(before), r => r.Path.Contains(chat, StringComparison.Ordinal) && r.Body.Contains($"New request {code} to receive.", StringComparison.Ordinal));
        var refused = TeamsCaseActionTests.Words(await Teams.ExecuteAsync(AgentId, chat, "personal", "1720000000777", "case.startProcessing", new JsonObject { ["code"] = code }));
        Assert.Contains("You cannot do \"start processing\" while the case is \"Submitted, awaiting receipt\".", refused);

        // The help card offers the way back, named in its own language.
        Assert.Contains("Tiếng Việt", await SayInEnglishClientAsync(chat, "help"));
        Assert.Contains("Từ nay trợ lý trả lời bạn bằng tiếng Việt.", await SayInEnglishClientAsync(chat, "tiếng việt"));
        Assert.Contains("Xin chào Trương Thanh Tâm (demo)!", await SayInEnglishClientAsync(chat, "menu"));
    }

    /// <summary>The agent on Teams, a case filed, and the notification of it in his personal chat.</summary>
    private async Task<(CaseDesk Desk, string Code, RecordedRequest Notice)> NotifiedAgentAsync()
    {
        await Teams.JoinAsync("cto.cntt", AgentId);
        var desk = new CaseDesk(Host.Services);
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        var before = Connector.Requests.Count;
        await Host.DispatchAsync();
        return (desk, code, Connector.Requests.Skip(before).Single(r => r.Method == "POST" && r.Body.Contains($"Có hồ sơ mới {code} cần tiếp nhận.", StringComparison.Ordinal)));
    }

    /// <summary>Words from a Teams client running en-US; what the bot answered.</summary>
    private async Task<string> SayInEnglishClientAsync(string chat, string words)
    {
        var message = TestActivities.TeamsMessage(Connector.ServiceUrl, $"m-{Guid.NewGuid():N}", words);
        message["locale"] = "en-US";
        message["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web" });
        var before = Connector.Requests.Count;
        await Teams.SendAsync(AgentId, chat, "personal", message);
        return string.Concat(Connector.Requests.Skip(before).Where(r => r.Method == "POST").Select(r => r.Body));
    }

    private async Task<string> SayAsFirstAsync(string teamsId, string objectId)
    {
        var message = TestActivities.TeamsMessage(Connector.ServiceUrl, $"m-{Guid.NewGuid():N}", "xin chào");
        message["from"] = new JsonObject { ["id"] = teamsId, ["name"] = "Teams user", ["aadObjectId"] = objectId };
        message["conversation"] = new JsonObject { ["id"] = TeamsClient.PersonalChat(teamsId), ["conversationType"] = "personal", ["tenantId"] = "tenant-1" };
        var before = Connector.Requests.Count;
        await Teams.PostAsync(message);
        return string.Concat(Connector.Requests.Skip(before).Where(r => r.Method == "POST").Select(r => r.Body));
    }

    private JsonObject Event(string type, string? action = null, bool botOnly = false)
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl, $"e-{Guid.NewGuid():N}");
        activity.Remove("text");
        activity["type"] = type;
        if (action is not null) activity["action"] = action;
        if (botOnly) activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = $"28:{TestTokens.AppId}" });
        return activity;
    }

    private void Store(Microsoft.AspNetCore.Builder.WebApplicationBuilder b) =>
        b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "tthc.db")}", ["DirectLine:TokenSecret"] = ServiceTestHost.TokenSecret,
        });

    public async ValueTask DisposeAsync()
    {
        if (_service is not null) await _service.DisposeAsync();
        ServiceTestHost.DeleteFolder(_folder);
    }
}
