using System.Net;
using System.Net.Sockets;
using System.Text;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>
/// Issue 17.9: a Bot Framework channel does not retry a message the bot answered with an error, so a reply the
/// connector could not take is kept in the outbox and sent when it can be; the channel gets 200, never a 500.
/// </summary>
public sealed class UnreachableChannelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task An_unreachable_service_url_gives_the_channel_200_and_keeps_the_reply(string environment)
    {
        await using var teams = await TeamsService.StartAsync(environment: environment);
        var unreachable = $"http://127.0.0.1:{ClosedPort()}/";
        var activity = TestActivities.TeamsMessage(unreachable, text: "xin chào").ToJsonString();

        using var response = await teams.PostSignedAsync(new StringContent(activity, Encoding.UTF8, "application/json"), unreachable);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        var kept = Assert.Single(await KeptRepliesAsync(teams));
        Assert.Equal(OutboxStatus.Pending, kept.Status);
        Assert.Contains(unreachable, kept.Payload);
    }

    [Fact]
    public async Task Replies_kept_while_the_connector_was_down_reach_the_conversation_in_order_once_it_is_back()
    {
        await using var teams = await TeamsService.StartAsync();
        for (var i = 0; i < 6; i++)
        {
            teams.Connector.FailNext(new CannedResponse(503));
        }

        foreach (var (id, text) in new[] { ("1720000000101", "xin chào"), ("1720000000102", "hồ sơ của tôi") })
        {
            var activity = TestActivities.TeamsMessage(teams.Connector.ServiceUrl, id, text).ToJsonString();
            using var response = await teams.PostSignedAsync(new StringContent(activity, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var kept = await KeptRepliesAsync(teams);
        Assert.NotEmpty(kept);
        for (var round = 0; round < 10 && (await KeptRepliesAsync(teams)).Any(m => m.Status == OutboxStatus.Pending); round++)
        {
            teams.Host.Clock.Advance(TimeSpan.FromHours(1));
            await teams.Host.DispatchAsync();
        }

        Assert.All(await KeptRepliesAsync(teams), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var delivered = teams.Connector.Requests.Where(r => r.Method == "POST" && r.AnsweredId is not null).Select(r => r.Path).ToList();
        var first = delivered.FindIndex(p => p.EndsWith("/1720000000101", StringComparison.Ordinal));
        var second = delivered.FindLastIndex(p => p.EndsWith("/1720000000102", StringComparison.Ordinal));
        Assert.True(first >= 0 && second > first, string.Join("\n", delivered));
    }

    private static async Task<List<OutboxMessage>> KeptRepliesAsync(TeamsService teams)
    {
        await using var scope = teams.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Topic == "channel.reply").OrderBy(m => m.CreatedAt).ToListAsync(Ct);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
