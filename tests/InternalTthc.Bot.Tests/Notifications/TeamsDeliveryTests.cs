using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Notifications;

/// <summary>
/// Proactive messages to Teams over real sockets against a fake Bot Connector: outages and throttling delay them
/// and lose none, a user who blocked the bot is reached on his other channel, and a crash after a send repeats nothing.
/// </summary>
public sealed class TeamsDeliveryTests : IAsyncLifetime
{
    private TeamsService? _service;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private FakeBotConnector Connector => _service!.Connector;
    private ServiceTestHost Host => _service!.Host;

    public async ValueTask InitializeAsync() => _service = await TeamsService.StartAsync();

    [Fact]
    public async Task An_outage_and_throttling_delay_the_message_and_it_arrives_once_when_the_connector_recovers()
    {
        await OnTeamsAsync("hyn.cntt", "29:agent");
        await CaseNotificationTests.FileRestoreMailboxAsync(Host, "hyn.daumoi");
        Connector.FailNext(new CannedResponse(500));
        Connector.FailNext(new CannedResponse(502));
        Connector.FailNext(new CannedResponse(429, """{"error":{"code":"Throttled","message":"slow down"}}""", RetryAfter: "120"));

        await Host.DispatchAsync();
        Host.Clock.Advance(TimeSpan.FromSeconds(10));
        await Host.DispatchAsync();
        Host.Clock.Advance(TimeSpan.FromSeconds(20));
        await Host.DispatchAsync();
        Assert.Equal(3, NewCaseMessages("a:1on1-29:agent").Count);

        // The throttling answer asked for two minutes: nothing goes a second earlier.
        Host.Clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(0, await Host.DispatchAsync());
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Host.DispatchAsync());
        Assert.Equal(4, NewCaseMessages("a:1on1-29:agent").Count);

        var log = await DeliveryLogAsync();
        Assert.Equal([DeliveryOutcome.Failed, DeliveryOutcome.Failed, DeliveryOutcome.Failed, DeliveryOutcome.Sent], log.Select(d => d.Outcome));
        Assert.Equal(["500", "502", "429 Throttled", null], log.Select(d => d.Detail));
        Host.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await Host.DispatchAsync());
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_on_Teams_is_reached_in_the_web_chat_and_Teams_is_not_tried_again()
    {
        var web = new ChatDriver(Host.Services, "hyn.cntt");
        await web.SayAsync("xin chào");
        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await OnTeamsAsync("hyn.cntt", "29:agent"); // used last, so tried first

        await CaseNotificationTests.FileRestoreMailboxAsync(Host, "hyn.daumoi");
        Connector.FailNext(new CannedResponse(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}"""));
        await Host.DispatchAsync();
        Assert.Contains("Có hồ sơ mới HYN-2026-00001", ChatDriver.Text(Assert.Single(await web.NoticesAsync())));
        Assert.Equal([DeliveryOutcome.Blocked, DeliveryOutcome.Sent], (await DeliveryLogAsync()).Select(d => d.Outcome));

        await CaseNotificationTests.FileRestoreMailboxAsync(Host, "hyn.daumoi");
        var before = Connector.Requests.Count;
        await Host.DispatchAsync();
        Assert.Contains("Có hồ sơ mới HYN-2026-00002", ChatDriver.Text(Assert.Single(await web.NoticesAsync())));
        Assert.Equal(before, Connector.Requests.Count);
    }

    [Fact]
    public async Task A_message_whose_send_succeeded_just_before_a_crash_is_not_sent_again()
    {
        await OnTeamsAsync("hyn.cntt", "29:agent");
        await CaseNotificationTests.FileRestoreMailboxAsync(Host, "hyn.daumoi");
        await Host.DispatchAsync();
        Assert.Single(NewCaseMessages("a:1on1-29:agent"));

        // The process died after the channel took the message and before the row was marked: the row is due again.
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TthcDbContext>().OutboxMessages.Where(m => m.Topic == NotificationPayload.Topic)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.SentAt, (DateTimeOffset?)null), Ct);
        }

        Assert.Equal(1, await Host.DispatchAsync());
        Assert.Single(NewCaseMessages("a:1on1-29:agent"));
    }

    private Task OnTeamsAsync(string login, string teamsId) => _service!.Teams.JoinAsync(login, teamsId);

    private List<RecordedRequest> NewCaseMessages(string conversation) =>
        [.. Connector.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith($"/v3/conversations/{conversation}/activities", StringComparison.Ordinal) && r.Body.Contains("Có hồ sơ mới", StringComparison.Ordinal))];

    private async Task<IReadOnlyList<DeliveryRecord>> DeliveryLogAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().DeliveryLog.AsNoTracking().OrderBy(d => d.At).ThenBy(d => d.Outcome).ToListAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_service is not null) await _service.DisposeAsync();
    }
}
