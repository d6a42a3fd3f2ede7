using System.Diagnostics;
using System.Text.Json;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using InternalTthc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Faults;

/// <summary>
/// A deployment of the built service as real processes over one store (a SQLite file, or a PostgreSQL database shared by
/// several instances), each instance on a fixed loopback port so a restarted one is found where it was; its people are
/// imported with the `directory import` verb, as an administrator does. Everything each instance printed, killed or still
/// running, is kept for <see cref="Logs"/>, so a failure can be read from its instances' own words.
/// </summary>
public sealed class FaultDeployment : IAsyncDisposable
{
    public const string Unit = "hyn-demo-so-y-te";

    private readonly Dictionary<string, string> _environment;
    private readonly ServiceProcess?[] _instances;
    private readonly int[] _ports;
    private readonly List<string> _ended = [];

    public FaultDeployment(string folder, StoreOptions store, int instances)
    {
        Folder = folder;
        Store = store;
        _instances = new ServiceProcess?[instances];
        _ports = [.. Enumerable.Range(0, instances).Select(_ => ServiceProcess.FreePort())];
        _environment = new()
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Store__Provider"] = store.Provider.ToString(),
            ["Store__ConnectionString"] = store.ConnectionString,
            ["Files__Folder"] = Path.Combine(folder, "files"),
            ["Demo__Enabled"] = "true",
            ["DirectLine__TokenSecret"] = ServiceTestHost.TokenSecret,
            ["WebChat__TrustedProxies__0"] = "127.0.0.1",
            // A killed instance's rows come back in seconds, and the dispatcher looks often.
            ["Outbox__LeaseDuration"] = "00:00:03",
            ["Outbox__LeaseRenewal"] = "00:00:01",
            ["Outbox__PollInterval"] = "00:00:01",
            // A killed instance's send claims are taken over after 20 s; a live one's sends end within 5 s or are tried again.
            ["Outbox__SendClaimValidity"] = "00:00:20",
            ["Outbox__SendTimeout"] = "00:00:05",
            // One test client stands for hundreds of people.
            ["RateLimits__DirectLineTokens__PermitLimit"] = "1000000",
            ["RateLimits__Pages__PermitLimit"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
            // Lines the test's own failure messages (UTC times) can be matched with.
            ["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging__Console__UseUtcTimestamp"] = "true",
        };
    }

    public string Folder { get; }
    public StoreOptions Store { get; }

    public Uri Address(int instance) => new($"http://127.0.0.1:{_ports[instance]}/");

    /// <summary>Imports <paramref name="logins"/> as focal points of <see cref="Unit"/> with the real verb.</summary>
    public async Task ImportPeopleAsync(IEnumerable<string> logins, CancellationToken ct)
    {
        var file = Path.Combine(Folder, $"people-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
        {
            units = Array.Empty<object>(),
            people = logins.Select(login => new { login, fullName = $"Người thử {login}", unitCode = Unit, roles = new[] { new { role = "focalPoint" } } }),
        }), ct);
        var (exit, output) = await ServiceProcess.RunVerbAsync(["directory", "import", file], _environment, ct);
        Assert.True(exit == 0, output);
    }

    public async Task StartAsync(int instance, CancellationToken ct)
    {
        try
        {
            _instances[instance] = await ServiceProcess.StartAsync(_environment, ct, _ports[instance], FaultScale.StartLimit);
        }
        catch (InvalidOperationException e)
        {
            Keep(instance, "did not start", e.Message);
            throw;
        }
    }

    /// <summary>Starts every instance at once, as an operator's units do (they take turns at the migrations' lock).</summary>
    public Task StartAllAsync(CancellationToken ct) => Task.WhenAll(Enumerable.Range(0, _instances.Length).Select(i => StartAsync(i, ct)));

    /// <summary>Starts every instance and runs <paramref name="work"/>; if anything fails, what the instances printed goes to <paramref name="output"/>.</summary>
    public async Task RunAsync(Func<Task> work, ITestOutputHelper output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            await StartAllAsync(ct);
            await work();
        }
        catch (Exception)
        {
            output.WriteLine("What the instances printed:\n" + Logs);
            throw;
        }
    }

    /// <summary>SIGKILL: nothing of the instance is flushed or rolled back by itself.</summary>
    public async Task KillAsync(int instance)
    {
        if (_instances[instance] is { } running)
        {
            await running.DisposeAsync();
            _instances[instance] = null;
            Keep(instance, "killed", running.Output);
        }
    }

    /// <summary>What every instance printed: the killed ones in the order they ended, then the running ones.</summary>
    public string Logs
    {
        get
        {
            lock (_ended)
            {
                var running = _instances.Select((p, i) => p is null ? null : $"=== instance {i} (running) ===\n{p.Output}").OfType<string>();
                return string.Join("\n", _ended.Concat(running));
            }
        }
    }

    /// <summary>The store as the test reads it (its own connections).</summary>
    public ServiceProvider OpenStore() => new ServiceCollection().AddStore(Store).BuildServiceProvider();

    /// <summary>
    /// Every acknowledged case (by its form's id) is in the store, filed (it has a code) and submitted once, and no two
    /// cases share a code. Returns the filed cases with their timelines.
    /// </summary>
    public async Task<List<Case>> AssertAcknowledgedKeptOnceAsync(IReadOnlySet<string> acknowledged, CancellationToken ct)
    {
        await using var services = OpenStore();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var cases = await db.Cases.AsNoTracking().Include(c => c.Timeline).Where(c => c.Status != CaseStatus.Draft).ToListAsync(ct);
        var byId = cases.ToDictionary(c => c.Id.ToString("N"));
        var missing = acknowledged.Where(s => !byId.ContainsKey(s)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged cases are not in the store.");
        Assert.All(acknowledged.Select(s => byId[s]), c =>
        {
            Assert.NotNull(c.Code);
            Assert.Equal(1, c.Timeline.Count(e => e.Action == CaseAction.Submit));
        });
        Assert.Equal(cases.Count, cases.Select(c => c.Code).Distinct().Count());
        return cases;
    }

    /// <summary>
    /// Waits until no notification is due any more; fails only if the outbox stops moving for two minutes (a run of 2,000
    /// cases on a loaded machine may need longer than that to drain, but never stands still).
    /// </summary>
    public async Task DrainOutboxAsync(CancellationToken ct)
    {
        await using var services = OpenStore();
        var (least, still) = (int.MaxValue, Stopwatch.StartNew());
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
            var due = DateTimeOffset.UtcNow.AddSeconds(5);
            var waiting = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= due, ct);
            if (waiting == 0)
            {
                return;
            }

            if (waiting < least)
            {
                (least, still) = (waiting, Stopwatch.StartNew());
            }

            Assert.True(still.Elapsed < TimeSpan.FromMinutes(2), $"The outbox stood still at {waiting} due notifications for two minutes.");
            await Task.Delay(100, ct); // waiting for the service's dispatchers
        }
    }

    private void Keep(int instance, string how, string output)
    {
        lock (_ended)
        {
            _ended.Add($"=== instance {instance} ({how}) ===\n{output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _instances.Length; i++)
        {
            await KillAsync(i);
        }
    }
}
