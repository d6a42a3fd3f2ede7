using System.Text.Json;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Store;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Faults;

/// <summary>
/// A deployment of the built service as real processes over one store (a SQLite file, or a PostgreSQL database shared by
/// several instances), each instance on a fixed loopback port so a restarted one is found where it was; its people are
/// imported with the `directory import` verb, as an administrator does.
/// </summary>
public sealed class FaultDeployment : IAsyncDisposable
{
    public const string Unit = "hyn-demo-so-y-te";

    private readonly Dictionary<string, string> _environment;
    private readonly ServiceProcess?[] _instances;
    private readonly int[] _ports;

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
            // One test client stands for hundreds of people.
            ["RateLimits__DirectLineTokens__PermitLimit"] = "1000000",
            ["RateLimits__Pages__PermitLimit"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
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

    public async Task StartAsync(int instance, CancellationToken ct) => _instances[instance] = await ServiceProcess.StartAsync(_environment, ct, _ports[instance]);

    /// <summary>SIGKILL: nothing of the instance is flushed or rolled back by itself.</summary>
    public async Task KillAsync(int instance)
    {
        if (_instances[instance] is { } running)
        {
            await running.DisposeAsync();
            _instances[instance] = null;
        }
    }

    /// <summary>The store as the test reads it (its own connections).</summary>
    public ServiceProvider OpenStore() => new ServiceCollection().AddStore(Store).BuildServiceProvider();

    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _instances.Length; i++)
        {
            await KillAsync(i);
        }
    }
}
