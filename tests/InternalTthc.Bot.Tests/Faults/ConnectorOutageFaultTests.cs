using InternalTthc.Bot.Tests.Notifications;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Faults;

/// <summary>
/// Issue 17's fault suite for an outage of the Bot Connector: the service on a real socket, the fake connector on its own
/// port, stopped (every connection refused, its token endpoint too) for two hours of the service's clock while cases move
/// on, then started again on the same port. Every notification must arrive once, in the order of its case's steps.
/// Short form in CI; INTERNALTTHC_FAULTS=long for 100 cases.
/// </summary>
public sealed class ConnectorOutageFaultTests(ITestOutputHelper output)
{
    private const string Agent = "29:agent";
    private const string Requester = "29:focal";
    private const int Supplements = 3;
    private static readonly TimeSpan Outage = TimeSpan.FromHours(2);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_notification_held_by_a_connector_outage_arrives_once_in_its_cases_order_after_it_recovers()
    {
        using var key = new TestSigningKey("channel-key-1", "msteams");
        var connector = await FakeBotConnector.StartAsync();
        connector.PublishChannelKeys(key);
        var port = connector.BaseUrl.Port;
        var settings = BotTestHost.SettingsFor(connector);
        settings["BotFramework:Connector:MaxRetries"] = "0";
        await using var host = await ServiceTestHost.StartAsync(settings);
        var teams = new TeamsClient(host, connector, key);
        await teams.JoinAsync("hyn.cntt", Agent);
        await teams.JoinAsync("hyn.daumoi", Requester);

        var desk = new CaseDesk(host.Services);
        var codes = new List<string>();
        for (var i = 0; i < FaultScale.OutageCases; i++)
        {
            codes.Add(await desk.FileAsync("hyn.daumoi", "hyn-mailbox-restore", FormAnswers.Empty
                .With("mailboxAddress", $"hop.thu.{i}@hungyen.gov.vn").With("mailboxOwner", "Đinh Văn Nam").With("contactPhone", "0914000002")));
        }

        await host.DispatchAsync();
        var before = connector.Requests;
        await connector.DisposeAsync(); // the port is closed: connections are refused

        // Two hours down, the dispatcher trying every two minutes while the cases move on (received, supplements asked and given).
        var agentId = await desk.PersonIdAsync("hyn.cntt");
        var steps = codes.SelectMany(code => Enumerable.Range(0, 1 + 2 * Supplements).Select(step => (code, step))).ToList();
        var rounds = (int)(Outage / Step);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (code, step) in steps.Skip(round * steps.Count / rounds).Take(((round + 1) * steps.Count / rounds) - (round * steps.Count / rounds)))
            {
                await ActAsync(host, code, step, agentId);
            }

            host.Clock.Advance(Step);
            await host.DispatchAsync();
        }

        Assert.NotEmpty(await RowsAsync(host, OutboxStatus.Pending));
        connector = await FakeBotConnector.StartAsync(port);
        connector.PublishChannelKeys(key);
        try
        {
            for (var round = 0; round < 12 && (await RowsAsync(host, OutboxStatus.Pending)).Any(m => m.Topic == NotificationPayload.Topic); round++)
            {
                host.Clock.Advance(TimeSpan.FromHours(1));
                await host.DispatchAsync();
            }

            Assert.Empty(await RowsAsync(host, OutboxStatus.DeadLetter));
            Assert.DoesNotContain(await RowsAsync(host, OutboxStatus.Pending), m => m.Topic == NotificationPayload.Topic);
            var sent = before.Concat(connector.Requests).Where(r => r.Method == "POST" && r.AnsweredId is not null).ToList();
            foreach (var code in codes)
            {
                Assert.Equal(
                    [$"Có hồ sơ mới {code}", .. Enumerable.Repeat($"Hồ sơ {code} đã được bổ sung", Supplements)],
                    Shown(sent, Agent, [$"Có hồ sơ mới {code}", $"Hồ sơ {code} đã được bổ sung"]));
                Assert.Equal(
                    [$"Hồ sơ {code} đã được tiếp nhận", .. Enumerable.Range(1, Supplements).Select(k => $"Hồ sơ {code} cần bổ sung: Bổ sung lần {k}")],
                    Shown(sent, Requester, [$"Hồ sơ {code} đã được tiếp nhận", .. Enumerable.Range(1, Supplements).Select(k => $"Hồ sơ {code} cần bổ sung: Bổ sung lần {k}")]));
            }

            output.WriteLine($"{codes.Count} cases, {steps.Count} steps during a {Outage.TotalHours}-hour outage; {sent.Count} messages sent, each once, in order per case");
        }
        finally
        {
            await connector.DisposeAsync();
        }
    }

    /// <summary>Step 0 receives the case; then each supplement is asked (odd steps) and given (even steps).</summary>
    private static async Task ActAsync(ServiceTestHost host, string code, int step, Guid agentId)
    {
        var c = await CaseNotificationTests.FindAsync(host, code);
        await CaseNotificationTests.ActAsync(host, s => step switch
        {
            0 => s.ReceiveAsync(c.Id, agentId, Ct),
            _ when step % 2 == 1 => s.RequestSupplementAsync(c.Id, agentId, $"Bổ sung lần {(step + 1) / 2}", Ct),
            _ => s.SupplementAsync(c.Id, c.RequesterId, c.Answers, null, Ct),
        });
    }

    /// <summary>
    /// Which of <paramref name="phrases"/> (in the order of the case's steps) the messages to one Teams account's chat carried,
    /// in the order they arrived; a message is named by its latest step's phrase, as its card may recall earlier ones.
    /// </summary>
    private static List<string> Shown(List<RecordedRequest> sent, string account, string[] phrases) =>
    [
        .. sent.Where(r => r.Path.StartsWith($"/v3/conversations/{TeamsClient.PersonalChat(account)}/activities", StringComparison.Ordinal))
            .SelectMany(r => phrases.Reverse().Where(p => r.Body.Contains(p, StringComparison.Ordinal)).Take(1)),
    ];

    private static async Task<List<OutboxMessage>> RowsAsync(ServiceTestHost host, OutboxStatus status)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().OutboxMessages.AsNoTracking().Where(m => m.Status == status).ToListAsync(Ct);
    }
}
