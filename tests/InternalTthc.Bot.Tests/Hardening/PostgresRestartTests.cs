using System.Collections.Concurrent;
using System.Net;
using InternalTthc.Bot.Tests.Faults;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Store;
using InternalTthc.Testing;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>
/// Issue 17.12 and the fault suite's restart: connections a PostgreSQL restart ended are retried on fresh ones, nobody sees
/// a 5xx; and a real restart of a server of the test's own (never the machine's shared cluster) while people file cases.
/// </summary>
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_server_restarted_under_load_is_survived_by_the_service_alone_and_no_acknowledged_case_is_lost()
    {
        await using var server = await PrivatePostgres.StartAsync(Ct);
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var deployment = new FaultDeployment(folder, new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = server.ConnectionString }, 1);
            var logins = Enumerable.Range(0, FaultScale.Submissions).Select(i => $"restart.{i}").ToList();
            await deployment.ImportPeopleAsync(logins, Ct);
            await deployment.RunAsync(() => FileThroughRestartAsync(server, deployment, logins), output, Ct);
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    /// <summary>
    /// A third file at once; once they are acknowledged the others start filing and the server restarts (fast shutdown) while
    /// they are under way; every answer must still be a 200. (Everyone at once, restarting at a third's acknowledgement, raced
    /// the group commit: one batch could acknowledge all the rest before the restart began.)
    /// </summary>
    private async Task FileThroughRestartAsync(PrivatePostgres server, FaultDeployment deployment, List<string> logins)
    {
        using var http = new HttpClient { BaseAddress = deployment.Address(0), Timeout = FaultScale.AnswerLimit };
        var acknowledged = new ConcurrentDictionary<string, bool>();
        var acks = 0;
        Task FileAll(IEnumerable<string> people) => Task.WhenAll(people.Select(login => Task.Run(async () =>
        {
            var user = new DirectLineUser(login) { Http = http };
            var submit = await MailboxFiling.ReachSubmitAsync(user, Ct);
            MailboxFiling.Require(await user.PostAsync(submit, Ct), user);
            acknowledged[user.Session!] = true;
            Interlocked.Increment(ref acks);
        }, Ct)));

        await FileAll(logins.Take(logins.Count / 3));
        var rest = FileAll(logins.Skip(logins.Count / 3));
        var before = Volatile.Read(ref acks);
        Assert.False(rest.IsCompleted, "Everyone had finished before the restart: it would not be under load.");
        await server.RestartAsync(Ct);
        var restarted = Volatile.Read(ref acks);
        await rest; // the instance was never restarted: it reconnected by itself

        var cases = await deployment.AssertAcknowledgedKeptOnceAsync(acknowledged.Keys.ToHashSet(), Ct);
        Assert.Equal(logins.Count, acknowledged.Count);
        output.WriteLine($"{logins.Count} people filing; the server restarted (-m fast) with {before} acknowledged, {restarted} by when pg_ctl saw it back; "
            + $"all {acknowledged.Count} acknowledged with 200, 0 server errors; {cases.Count} cases in the store, each once (load average {FaultScale.LoadAverage})");
    }

    [Fact]
    public async Task Requests_after_the_servers_connections_were_ended_succeed_without_an_error()
    {
        await using var database = await ScratchPostgres.CreateAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var host = await ServiceTestHost.StartAsync(folder, settings: new Dictionary<string, string?>
            {
                ["Store:Provider"] = "PostgreSql",
                ["Store:ConnectionString"] = database.ConnectionString,
            });
            var directLine = new DirectLineTestClient(host.Client);
            var start = await directLine.StartAsync("lcu.daumoi");
            var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
            await directLine.PostMessageAsync(conversation, token, "xin chào", "c-1");

            Assert.True(await database.TerminateConnectionsAsync() > 0, "The service held pooled connections to end.");
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++)
            {
                using var post = await directLine.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversation}/activities", token,
                    Message("hồ sơ của tôi", $"c-{i + 2}"));
                statuses.Add(post.StatusCode);
                using var poll = await directLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation}/activities", token);
                statuses.Add(poll.StatusCode);
                await database.TerminateConnectionsAsync();
            }

            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }
}
