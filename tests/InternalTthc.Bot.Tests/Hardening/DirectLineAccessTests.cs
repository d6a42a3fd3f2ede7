using System.Net;
using System.Net.WebSockets;
using InternalTthc.Bot.Channels.DirectLine;
using InternalTthc.Bot.Tests.Channels.DirectLine;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>Issue 17.4, 17.5 and 17.8: Direct Line follows the directory at every call, names only its own address, and a streamUrl opens one socket.</summary>
public sealed class DirectLineAccessTests : DirectLineTest
{
    [Fact]
    public async Task A_deactivated_person_loses_refresh_history_posting_and_streams_at_once()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
        await using var open = await StreamSocket.ConnectAsync(Text(start, "streamUrl"));
        var interval = Host.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.StreamPollInterval;
        Assert.Equal(interval, await Host.Clock.NextTimerAsync());
        var reconnected = await ReadAsync(await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation}", token), HttpStatusCode.OK);

        await DeactivateAsync("lcu.daumoi");
        using var refresh = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        using var history = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation}/activities", token);
        using var post = await DirectLine.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversation}/activities", token, Message("còn đó không", "c-1"));
        using var reconnect = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation}", token);
        var stream = await Assert.ThrowsAnyAsync<WebSocketException>(() => StreamSocket.ConnectAsync(Text(reconnected, "streamUrl")));

        Assert.All(new[] { refresh, history, post, reconnect }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden"), await ErrorOf(history));
        Assert.Contains("403", stream.Message);
        // The open stream looks again at its next poll and closes instead of sending anything more.
        Host.Clock.Advance(interval);
        await open.AssertClosedAsync();
    }

    [Fact]
    public async Task A_stream_url_opens_one_socket_only()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");

        await using var first = await StreamSocket.ConnectAsync(Text(start, "streamUrl"));
        var second = await Assert.ThrowsAnyAsync<WebSocketException>(() => StreamSocket.ConnectAsync(Text(start, "streamUrl")));

        Assert.Contains("403", second.Message);
    }

    [Fact]
    public async Task The_host_header_never_reaches_the_stream_url()
    {
        var generated = await DirectLine.GenerateAsync("lcu.daumoi");
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new("Bearer", Text(generated, "token"));
        request.Headers.Host = "evil.example";

        using var response = await Host.Client.SendAsync(request, Ct);
        var started = await ReadAsync(response, HttpStatusCode.Created);

        Assert.StartsWith($"ws://{Host.Address.Authority}/v3/directline/", Text(started, "streamUrl"));
        Assert.Null(Host.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.PublicBaseUrl);
    }

    private async Task DeactivateAsync(string login)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        Assert.Equal(1, await db.People.Where(p => p.Login == login).ExecuteUpdateAsync(s => s.SetProperty(p => p.Active, false), Ct));
    }
}
