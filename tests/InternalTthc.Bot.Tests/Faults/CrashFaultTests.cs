using System.Collections.Concurrent;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using InternalTthc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Faults;

/// <summary>
/// Issue 17's fault suite: the built service as real processes, SIGKILLed while people file cases concurrently, then
/// started again while the people send what got no answer again (and what did, as a channel redelivers). Every
/// acknowledged case must be in the store and consistent, no case twice, no notification to anyone twice.
/// Short form in CI; INTERNALTTHC_FAULTS=long for 10 rounds of 200.
/// </summary>
public sealed class CrashFaultTests(ITestOutputHelper output)
{
    /// <summary>People filling their forms at the same time before the submissions.</summary>
    private const int FormFillers = 16;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sqlite_killed_during_concurrent_submissions_keeps_every_acknowledged_case_once()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await RunAsync(folder, new StoreOptions { ConnectionString = $"Data Source={Path.Combine(folder, "tthc.db")}" }, instances: 1);
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    /// <summary>
    /// On a PostgreSQL server of the test's own: two instances under 200 people hold up to 200 connections, more than the
    /// machine's shared cluster admits (100), and would take them from every other test using it.
    /// </summary>
    [Fact]
    public async Task Two_postgres_instances_one_killed_during_concurrent_submissions_keep_every_acknowledged_case_once()
    {
        await using var server = await PrivatePostgres.StartAsync(Ct);
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await RunAsync(folder, new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = server.ConnectionString }, instances: 2);
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    private async Task RunAsync(string folder, StoreOptions store, int instances)
    {
        await using var deployment = new FaultDeployment(folder, store, instances);
        var rounds = Enumerable.Range(0, FaultScale.Rounds)
            .Select(r => Enumerable.Range(0, FaultScale.Submissions).Select(i => $"fault.{r}.{i}").ToList()).ToList();
        await deployment.ImportPeopleAsync(rounds.SelectMany(r => r), Ct);
        await deployment.RunAsync(() => RunRoundsAsync(deployment, rounds, instances), output, Ct);
    }

    private async Task RunRoundsAsync(FaultDeployment deployment, List<List<string>> rounds, int instances)
    {
        // The agents and leaders who are told of new cases keep a Web Chat conversation open, so their notices land in the store.
        using var http0 = new HttpClient { BaseAddress = deployment.Address(0), Timeout = FaultScale.AnswerLimit };
        var told = new[] { "hyn.cntt", "hyn.cntt.lanhdao", "hyn.sotttt", "hyn.lanhdao", "hyn.daumoi" }.Select(l => new DirectLineUser(l) { Http = http0 }).ToList();
        foreach (var person in told)
        {
            await person.StartAsync(Ct);
            await person.SayAsync("xin chào", Ct);
        }

        var acknowledged = new ConcurrentDictionary<string, bool>();
        var attempted = new ConcurrentDictionary<string, bool>();
        var clients = Enumerable.Range(0, instances).Select(i => new HttpClient { BaseAddress = deployment.Address(i), Timeout = FaultScale.AnswerLimit }).ToList();
        try
        {
            foreach (var logins in rounds)
            {
                await RoundAsync(deployment, logins, clients, acknowledged, attempted);
            }

            await deployment.DrainOutboxAsync(Ct);
            await VerifyAsync(deployment, acknowledged.Keys.ToHashSet(), attempted.Keys.ToHashSet(), told.Select(t => t.Login).ToHashSet());
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>
    /// One round: everyone fills the form up to its submit, a few people at a time; then all press submit at once and
    /// instance 0 is killed once a third were acknowledged; then everyone sends the same press again, all at once.
    /// </summary>
    private async Task RoundAsync(FaultDeployment deployment, List<string> logins, List<HttpClient> clients,
        ConcurrentDictionary<string, bool> acknowledged, ConcurrentDictionary<string, bool> attempted)
    {
        var started = Stopwatch.StartNew();
        var users = logins.Select((login, i) => new DirectLineUser(login) { Http = clients[i % clients.Count] }).ToList();
        // The fault is the kill among the submissions. 200 people walking through the form at once besides made every turn
        // wait behind 199 others on a shared 2-core machine, so slowly that the long run never finished; no instance dies
        // here, so every person must reach his submit.
        var finals = new ConcurrentDictionary<DirectLineUser, JsonObject>();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = FormFillers, CancellationToken = Ct }, async (user, ct) =>
        {
            finals[user] = await MailboxFiling.ReachSubmitAsync(user, ct);
            attempted[user.Session!] = true;
        });
        var filled = started.Elapsed;

        var acks = 0;
        var submitting = finals.Select(final => Task.Run(async () =>
        {
            try
            {
                if (await final.Key.PostAsync((JsonObject)final.Value.DeepClone(), Ct) == HttpStatusCode.OK)
                {
                    acknowledged[final.Key.Session!] = true;
                    Interlocked.Increment(ref acks);
                }
            }
            catch (HttpRequestException)
            {
                // The instance died under this person: he sends the press again below.
            }
        }, Ct)).ToList();
        var all = Task.WhenAll(submitting);
        while (!all.IsCompleted && Volatile.Read(ref acks) < logins.Count / 3)
        {
            await Task.WhenAny(all, Task.Delay(20, Ct)); // waiting for the people, not timing them
        }

        await deployment.KillAsync(0);
        await all;
        var killedAt = Volatile.Read(ref acks);
        await deployment.StartAsync(0, Ct);
        // Acknowledged or not, the same press comes again (a retry; a redelivery where it was acknowledged), as channels do: together.
        await Task.WhenAll(finals.Select(final => Task.Run(async () =>
        {
            MailboxFiling.Require(await final.Key.PostAsync((JsonObject)final.Value.DeepClone(), Ct), final.Key);
            acknowledged[final.Key.Session!] = true;
        }, Ct)));

        output.WriteLine($"round: {logins.Count} people reached the submit ({filled.TotalSeconds:F0} s), submitted at once, instance 0 killed with {killedAt} acknowledged, "
            + $"all sent again after its restart; {started.Elapsed.TotalSeconds:F0} s, load average {FaultScale.LoadAverage}");
    }

    private async Task VerifyAsync(FaultDeployment deployment, HashSet<string> acknowledged, HashSet<string> attempted, HashSet<string> told)
    {
        var cases = await deployment.AssertAcknowledgedKeptOnceAsync(acknowledged, Ct);
        Assert.All(cases.Where(c => c.Code!.StartsWith("HYN", StringComparison.Ordinal) && c.Timeline.Any(e => e.Action == CaseAction.Submit)),
            c => Assert.Contains(c.Id.ToString("N"), attempted));

        await using var services = deployment.OpenStore();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var sentTwice = await db.DeliveryLog.Where(d => d.Outcome == DeliveryOutcome.Sent).GroupBy(d => d.OutboxMessageId)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync(Ct);
        Assert.Empty(sentTwice);
        var notices = await db.ConversationLog.AsNoTracking().ToListAsync(Ct);
        var shown = notices.Select(e => (e.ConversationId, Activity: JsonSerializer.Deserialize<Activity>(e.Payload, BotJson.Options)!))
            .Where(e => e.Activity.From?.Role != RoleTypes.User && e.Activity.Recipient?.Id is { } to && told.Contains(to)
                && e.Activity.Summary?.Contains("HYN-", StringComparison.Ordinal) == true)
            .DistinctBy(e => e.Activity.Id).ToList();
        var shownTwice = shown.GroupBy(e => (e.ConversationId, e.Activity.Summary)).Where(g => g.Count() > 1).Select(g => g.Key.Summary).ToList();
        Assert.True(shownTwice.Count == 0, "Shown twice: " + string.Join(" | ", shownTwice.Take(5)));
        Assert.NotEmpty(shown);
        output.WriteLine($"{acknowledged.Count} acknowledged cases, all in the store once; {cases.Count} cases filed; {shown.Count} notifications, none twice");
    }
}
