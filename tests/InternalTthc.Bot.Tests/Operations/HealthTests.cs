using System.Net;
using System.Text.Json;
using InternalTthc.Bot.Operations;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Notifications;
using InternalTthc.Testing;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Tests.Operations;

/// <summary>/healthz and /healthz/ready over a real socket, and when the dispatcher counts as stalled.</summary>
public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Liveness_says_the_store_is_reachable_and_readiness_that_migrations_and_catalog_are_there()
    {
        await using var host = await ServiceTestHost.StartAsync();

        var live = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);
        var body = JsonDocument.Parse(await live.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.True(body.GetProperty("store").GetProperty("reachable").GetBoolean());
        // The test host runs no dispatcher (Outbox:Enabled=false): disabled, not dead.
        Assert.Equal("disabled", body.GetProperty("dispatcher").GetProperty("state").GetString());

        var ready = await host.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);
        var readiness = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(0, readiness.GetProperty("store").GetProperty("pendingMigrations").GetArrayLength());
        Assert.True(readiness.GetProperty("catalog").GetProperty("procedures").GetInt32() > 10);
        Assert.DoesNotContain("Data Source", await ready.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Readiness_is_refused_when_the_store_does_not_answer()
    {
        var folder = ServiceTestHost.NewFolder();
        await using (var host = await ServiceTestHost.StartAsync(folder))
        {
            // The database file's folder goes away under the running service: the store no longer opens.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(Path.Combine(folder, "tthc.db"));
            Directory.CreateDirectory(Path.Combine(folder, "tthc.db"));

            var ready = await host.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("\"reachable\":false", await ready.Content.ReadAsStringAsync(Ct));
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct)).StatusCode);
        }

        ServiceTestHost.DeleteFolder(folder);
    }

    [Fact]
    public void The_dispatcher_is_alive_within_a_few_poll_intervals_and_stalled_after()
    {
        var clock = new FakeClock();
        var heartbeat = new DispatcherHeartbeat(Options.Create(new OutboxOptions { PollInterval = TimeSpan.FromSeconds(15) }), clock);
        Assert.Equal("stalled", heartbeat.Read().State);

        heartbeat.Beat();
        clock.Advance(TimeSpan.FromSeconds(15 * DispatcherHeartbeat.StalledAfterIntervals));
        Assert.Equal("alive", heartbeat.Read().State);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("stalled", heartbeat.Read().State);
        Assert.Equal("disabled", new DispatcherHeartbeat(Options.Create(new OutboxOptions { Enabled = false }), clock).Read().State);
    }
}
