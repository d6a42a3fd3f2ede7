using InternalTthc.Bot.Hosting;
using InternalTthc.Bot.Operations;
using InternalTthc.Testing;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace InternalTthc.Bot.Tests.Hosting;

/// <summary>The start's warm-up runs beside Kestrel's start: ready is refused until it ended, and a failed one stops the service.</summary>
public sealed class StartWarmUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_is_refused_until_the_warm_up_ended_and_a_waiting_probe_answers_at_its_end()
    {
        var clock = new FakeClock();
        var warmUp = new StartWarmUp(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), clock, NullLogger<StartWarmUp>.Instance);
        var work = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        warmUp.Begin(_ => work.Task, Ct);

        // A probe while it runs waits on the service's clock, then is refused.
        var early = warmUp.EndedWithinAsync(HealthEndpoints.WarmUpWait, Ct);
        Assert.Equal(HealthEndpoints.WarmUpWait, await clock.NextTimerAsync());
        clock.Advance(HealthEndpoints.WarmUpWait);
        Assert.False(await early);

        // A probe waiting when it ends is answered then, before its wait is over.
        var waiting = warmUp.EndedWithinAsync(HealthEndpoints.WarmUpWait, Ct);
        await clock.NextTimerAsync();
        work.SetResult();
        Assert.True(await waiting);
        Assert.True(await warmUp.EndedWithinAsync(TimeSpan.Zero, Ct));
        Assert.False(warmUp.Failed);
    }

    [Fact]
    public async Task A_failed_warm_up_stops_the_service_and_never_counts_as_ended()
    {
        var clock = new FakeClock();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        var warmUp = new StartWarmUp(lifetime, clock, NullLogger<StartWarmUp>.Instance);

        warmUp.Begin(_ => Task.FromException(new InvalidOperationException("the store is gone")), Ct);

        await stopping.Task.WaitAsync(Ct);
        await Assert.ThrowsAsync<InvalidOperationException>(() => warmUp.Ended);
        Assert.True(warmUp.Failed);
        Assert.False(await warmUp.EndedWithinAsync(HealthEndpoints.WarmUpWait, Ct));
    }
}
