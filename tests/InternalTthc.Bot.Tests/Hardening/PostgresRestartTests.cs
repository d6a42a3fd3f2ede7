using System.Net;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>Issue 17.12: connections a PostgreSQL restart ended are retried on fresh ones; nobody sees a 5xx.</summary>
public sealed class PostgresRestartTests
{
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
