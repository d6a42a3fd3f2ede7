using InternalTthc.Bot.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Tests.Hosting;

/// <summary>"Kestrel:Sockets" as an operator writes it reaches the options Kestrel's socket transport is built from.</summary>
public sealed class SocketTransportSettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task By_default_a_request_runs_inline_on_the_thread_that_read_it()
    {
        await using var app = await TthcApp.ComposeAsync(["--environment=Development"], null, Ct);

        var options = app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

        Assert.True(options.UnsafePreferInlineScheduling);
        Assert.Equal(new SocketTransportOptions().IOQueueCount, options.IOQueueCount);
    }

    [Fact]
    public async Task The_operator_can_turn_inline_scheduling_off_and_set_the_io_queues()
    {
        await using var app = await TthcApp.ComposeAsync(
            ["--environment=Development", "--Kestrel:Sockets:UnsafePreferInlineScheduling=false", "--Kestrel:Sockets:IOQueueCount=0"], null, Ct);

        var options = app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

        Assert.False(options.UnsafePreferInlineScheduling);
        Assert.Equal(0, options.IOQueueCount);
    }
}
