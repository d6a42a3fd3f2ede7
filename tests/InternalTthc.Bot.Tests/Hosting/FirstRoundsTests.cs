using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Conversations;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Tests.Hosting;

/// <summary>A background service's first round waits for the service to listen and then Service:FirstRoundsAfter on its clock; it is never skipped.</summary>
public sealed class FirstRoundsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_retention_purge_takes_its_first_round_after_the_start_and_the_wait_then_keeps_its_interval()
    {
        var clock = new FakeClock();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var purge = new CountingPurge();
        await using var services = new ServiceCollection().AddSingleton<IRetentionPurge>(purge).BuildServiceProvider();
        var options = new RetentionOptions();
        var after = TimeSpan.FromSeconds(2);
        var retention = new RetentionService(services.GetRequiredService<IServiceScopeFactory>(), Options.Create(options), clock,
            new FirstRounds(lifetime, new ServiceOptions { FirstRoundsAfter = after }, clock), NullLogger<RetentionService>.Instance);

        await retention.StartAsync(Ct);
        // Not listening yet: no round, and no wait on the clock either.
        Assert.True(clock.NoTimerScheduled);
        Assert.Equal(0, purge.Rounds);

        lifetime.NotifyStarted();
        Assert.Equal(after, await clock.NextTimerAsync());
        Assert.Equal(0, purge.Rounds);

        clock.Advance(after);
        // The purge ran, then waits its own interval.
        Assert.Equal(options.Interval, await clock.NextTimerAsync());
        Assert.Equal(1, purge.Rounds);

        clock.Advance(options.Interval);
        Assert.Equal(options.Interval, await clock.NextTimerAsync());
        Assert.Equal(2, purge.Rounds);
        await retention.StopAsync(Ct);
    }

    [Fact]
    public async Task A_service_stopped_before_its_first_round_stops_without_one()
    {
        var clock = new FakeClock();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var purge = new CountingPurge();
        await using var services = new ServiceCollection().AddSingleton<IRetentionPurge>(purge).BuildServiceProvider();
        var retention = new RetentionService(services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new RetentionOptions()), clock,
            new FirstRounds(lifetime, new ServiceOptions(), clock), NullLogger<RetentionService>.Instance);

        await retention.StartAsync(Ct);
        lifetime.NotifyStarted();
        Assert.Equal(new ServiceOptions().FirstRoundsAfter, await clock.NextTimerAsync());
        await retention.StopAsync(Ct);

        Assert.Equal(0, purge.Rounds);
    }

    [Fact]
    public async Task Without_a_wait_the_first_round_does_not_wait_for_the_start()
    {
        var clock = new FakeClock();
        var rounds = new FirstRounds(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), new ServiceOptions { FirstRoundsAfter = TimeSpan.Zero }, clock);

        Assert.True(await rounds.WaitAsync(Ct));
        Assert.True(clock.NoTimerScheduled);
    }

    private sealed class CountingPurge : IRetentionPurge
    {
        private int _rounds;

        public int Rounds => Volatile.Read(ref _rounds);

        public Task<RetentionReport> PurgeAsync(RetentionCutoffs cutoffs, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _rounds);
            return Task.FromResult(new RetentionReport(0, 0, 0));
        }
    }
}
