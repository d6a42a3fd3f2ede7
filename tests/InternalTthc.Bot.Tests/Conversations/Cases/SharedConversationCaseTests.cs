using InternalTthc.Bot.Tests.Notifications;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Conversations.Cases;

/// <summary>
/// A Teams group chat or team channel never shows a case: not all its members may see it, and file links drawn for
/// the asker would work for whoever reads them. The bot sends the asker to his private chat instead.
/// </summary>
public sealed class SharedConversationCaseTests : IAsyncLifetime
{
    private const string Procedure = "lcu-mailbox-grant";
    private const string TeamChannel = "19:ttcntt@thread.tacv2";
    private const string GroupChat = "19:group-lcu@thread.v2";

    private TeamsService? _service;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private FakeBotConnector Connector => _service!.Connector;
    private ServiceTestHost Host => _service!.Host;
    private TeamsClient Teams => _service!.Teams;

    public async ValueTask InitializeAsync() => _service = await TeamsService.StartAsync();

    [Fact]
    public async Task A_case_asked_for_in_a_team_channel_or_group_chat_is_not_shown_there_and_the_asker_is_sent_to_his_private_chat()
    {
        await Teams.JoinAsync("lcu.cntt", "29:thang");
        await Teams.JoinAsync("lcu.daumoi", "29:hoa");
        var desk = new CaseDesk(Host.Services);
        var code = await desk.FileAsync("lcu.daumoi", Procedure);

        await Teams.SayAsync("29:thang", "lcu.cntt", TeamChannel, "channel", $"tra cứu {code}");
        await Teams.SayAsync("29:thang", "lcu.cntt", TeamChannel, "channel", "hàng đợi");
        await Teams.SayAsync("29:hoa", "lcu.daumoi", GroupChat, "groupChat", "hồ sơ của tôi");
        await Teams.SayAsync("29:hoa", "lcu.daumoi", GroupChat, "groupChat", code);

        var shared = Connector.Requests.Where(r => r.Path.Contains(TeamChannel, StringComparison.Ordinal) || r.Path.Contains(GroupChat, StringComparison.Ordinal)).ToList();
        Assert.Equal(4, shared.Count);
        Assert.All(shared, r =>
        {
            Assert.Contains("Hồ sơ chỉ xem được trong trò chuyện riêng với trợ lý", r.Body);
            Assert.DoesNotContain(code, r.Body);
            Assert.DoesNotContain("/files/", r.Body);
            Assert.DoesNotContain("Action.", r.Body);
            Assert.DoesNotContain("refresh", r.Body);
        });

        // Nothing there follows the case: its next step sends the channel nothing.
        var (c, agent) = (await desk.FindAsync(code), await desk.PersonIdAsync("lcu.cntt"));
        await CaseNotificationTests.ActAsync(Host, s => s.ReceiveAsync(c.Id, agent, Ct));
        var before = Connector.Requests.Count;
        await Host.DispatchAsync();
        Assert.DoesNotContain(Connector.Requests.Skip(before), r => r.Path.Contains(TeamChannel, StringComparison.Ordinal) || r.Path.Contains(GroupChat, StringComparison.Ordinal));

        // In his private chat the same words show the case.
        await Teams.SayAsync("29:hoa", "lcu.daumoi", TeamsClient.PersonalChat("29:hoa"), "personal", $"tra cứu {code}");
        Assert.Contains($"Hồ sơ {code}", Connector.Requests[^1].Body);
    }

    public async ValueTask DisposeAsync()
    {
        if (_service is not null) await _service.DisposeAsync();
    }
}
