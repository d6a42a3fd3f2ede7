using InternalTthc.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using InternalTthc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// The real service (TthcApp, as `dotnet run` builds it) on a real socket with its own SQLite file
/// and the demo directory, for tests of what a user meets.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly string _database;
    private readonly bool _keepDatabase;

    private ServiceHost(WebApplication app, string database, bool keepDatabase)
    {
        App = app;
        _database = database;
        _keepDatabase = keepDatabase;
        Client = new HttpClient { BaseAddress = WebHostAddress.Of(app) };
    }

    public WebApplication App { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => App.Services;

    /// <param name="keepDatabase">Leave the SQLite file for a second host (a restart).</param>
    /// <summary>Thu 23/04/2026 14:30 in Vietnam: the moment every service host of the tests lives in, unless told otherwise.</summary>
    public static DateTimeOffset DefaultNow { get; } = new(2026, 4, 23, 7, 30, 0, TimeSpan.Zero);

    public static async Task<ServiceHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? database = null, bool keepDatabase = false, FakeClock? clock = null)
    {
        database ??= Path.Combine(Path.GetTempPath(), $"tthc-host-{Guid.NewGuid():N}.db");
        var app = await TthcApp.BuildAsync(["--environment=Development"], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddSingleton<TimeProvider>(clock ?? new FakeClock(DefaultNow));
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:ConnectionString"] = $"Data Source={database};Pooling=False",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        }, TestContext.Current.CancellationToken);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new ServiceHost(app, database, keepDatabase);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        if (!_keepDatabase)
        {
            foreach (var f in new[] { _database, _database + "-wal", _database + "-shm" }) File.Delete(f);
        }
    }
}
