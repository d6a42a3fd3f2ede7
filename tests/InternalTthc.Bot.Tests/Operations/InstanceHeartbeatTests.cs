using InternalTthc.Bot.Hosting;
using InternalTthc.Bot.Operations;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Operations;
using InternalTthc.Core.Store;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace InternalTthc.Bot.Tests.Operations;

/// <summary>The instance heartbeat is paced by a TimeProvider: each interval on that clock, one beat with the service's moment.</summary>
public sealed class InstanceHeartbeatTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_heartbeat_beats_once_per_interval_of_its_clock_and_leaves_when_stopped()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var store = new StoreOptions { ConnectionString = $"Data Source={Path.Combine(folder, "tthc.db")}" };
            var clock = new FakeClock();
            await using var services = new ServiceCollection().AddStore(store).AddSingleton<TimeProvider>(clock).BuildServiceProvider();
            await using (var scope = services.CreateAsyncScope())
            {
                await StoreServiceCollectionExtensions.MigrateAsync(scope.ServiceProvider.GetRequiredService<TthcDbContext>(), store, Ct);
            }

            var interval = TimeSpan.FromSeconds(30);
            var heartbeat = new InstanceHeartbeat(services.GetRequiredService<IServiceScopeFactory>(), new ServiceOptions { HeartbeatInterval = interval },
                clock, new ServiceRhythm(clock), NullLogger<InstanceHeartbeat>.Instance);
            var started = clock.GetUtcNow();

            await heartbeat.StartAsync(Ct);
            Assert.Equal(started, (await SeenAsync(services, started)).LastSeenAt);
            Assert.Equal(interval, await clock.NextTimerAsync());
            clock.Advance(interval);
            // The next wait is scheduled only after the beat was recorded.
            Assert.Equal(interval, await clock.NextTimerAsync());
            var seen = await SeenAsync(services, started);
            Assert.Equal(started + interval, seen.LastSeenAt);
            Assert.Equal(started, seen.StartedAt);
            Assert.True(clock.NoTimerScheduled);

            await heartbeat.StopAsync(Ct);
            await using var after = services.CreateAsyncScope();
            Assert.Empty(await after.ServiceProvider.GetRequiredService<IServiceInstances>().ListSeenSinceAsync(started, Ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    private static async Task<ServiceInstance> SeenAsync(IServiceProvider services, DateTimeOffset since)
    {
        await using var scope = services.CreateAsyncScope();
        return Assert.Single(await scope.ServiceProvider.GetRequiredService<IServiceInstances>().ListSeenSinceAsync(since, Ct));
    }
}
