using System.Net;
using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Hosting;

/// <summary>The first turn's warm-up: its activity is one the endpoint reads, its unsigned token is refused, and it runs at every start.</summary>
public sealed class FirstTurnWarmUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_warm_up_reads_its_activity_refuses_its_token_and_the_service_is_ready_after_it()
    {
        await using var host = await ServiceTestHost.StartAsync();

        // It throws if its activity were refused or its token taken as signed; again on a running service, as at start.
        await host.Services.GetRequiredService<FirstTurnWarmUp>().WarmAsync(Ct);

        var ready = await host.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
