using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Notifications;
using InternalTthc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// The real service (<see cref="TthcApp"/>) on a real socket over a SQLite file of the test's, with a fake clock:
/// two hosts over the same <see cref="ServiceTestHost.Folder"/> are two instances (or a restart) of one deployment.
/// </summary>
public sealed class ServiceTestHost : IAsyncDisposable
{
    public const string TokenSecret = "test-secret-of-the-direct-line-tokens-0123456789";

    private readonly WebApplication _app;
    private string? _ownedFolder;

    private ServiceTestHost(WebApplication app, FakeClock clock, ListLoggerProvider logs)
    {
        _app = app;
        Clock = clock;
        Logs = logs;
        Address = WebHostAddress.Of(app);
        Client = new HttpClient { BaseAddress = Address };
    }

    public Uri Address { get; }
    public HttpClient Client { get; }
    public FakeClock Clock { get; }
    public ListLoggerProvider Logs { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the service in <paramref name="environment"/>; 127.0.0.1 is the trusted sign-in proxy unless settings say
    /// otherwise. With <paramref name="bot"/> the service runs that bot instead of its own; <paramref name="services"/> adds to its services (a test's observer).
    /// </summary>
    public static async Task<ServiceTestHost> StartAsync(
        string folder, string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null, FakeClock? clock = null, IBot? bot = null,
        Action<IServiceCollection>? services = null)
    {
        var merged = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "tthc.db")}",
            ["Files:Folder"] = Path.Combine(folder, "files"),
            ["Demo:Enabled"] = "true",
            ["DirectLine:TokenSecret"] = TokenSecret,
            ["WebChat:TrustedProxies:0"] = "127.0.0.1",
            // Tests send the outbox when they choose (DispatchAsync), so what a turn answers and what comes later stay apart.
            ["Outbox:Enabled"] = "false",
            // The fake clock stands still while a test sends, so the send rate must never make a send wait for it.
            ["Outbox:MessagesPerSecond"] = "10000",
            // Its daily timer would stand among the ones tests wait for on the fake clock.
            ["Retention:Enabled"] = "false",
            // The background services' first rounds at once, not after a wait on the clock tests move.
            ["Service:FirstRoundsAfter"] = "00:00:00",
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var args = merged.Select(pair => $"--{pair.Key}={pair.Value}")
            .Concat(["--urls=http://127.0.0.1:0", $"--environment={environment}", $"--webroot={Path.Combine(RepositoryPaths.Root, "bot", "wwwroot")}"])
            .ToArray();
        clock ??= new FakeClock();
        var logs = new ListLoggerProvider();
        var app = await TthcApp.BuildAsync(args, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            // The background rounds (heartbeat, administration refresh) run once at start: their clock is not the one tests move.
            builder.Services.AddSingleton(new ServiceRhythm(new FakeClock(clock.GetUtcNow())));
            if (bot is not null)
            {
                builder.Services.AddSingleton(bot);
            }

            services?.Invoke(builder.Services);

            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
        }, TestContext.Current.CancellationToken);
        try
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            // The warm-up began beside the start and goes on writing in the folder: it ends, and the app lets go of the
            // folder's files, before a test that expected the failure deletes the folder.
            await Task.WhenAny(app.Services.GetRequiredService<StartWarmUp>().Ended);
            await app.DisposeAsync();
            throw;
        }

        // As a proxy waits for ready: tests meet the service warmed, with no warm-up scope beside their requests.
        await app.Services.GetRequiredService<StartWarmUp>().Ended;
        return new ServiceTestHost(app, clock, logs);
    }

    /// <summary>The service over a folder of its own, removed when the host is disposed.</summary>
    public static async Task<ServiceTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string environment = "Production", FakeClock? clock = null)
    {
        var folder = NewFolder();
        var host = await StartAsync(folder, environment, settings, clock);
        host._ownedFolder = folder;
        return host;
    }

    /// <summary>A fresh folder for one test's database and files, removed by <see cref="DeleteFolder"/>.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "internaltthc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteFolder(string folder)
    {
        // SQLite pools connections; clear them so the file can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException e)
        {
            // Something still writes there: say what, so that the failure names its writer.
            var left = Directory.Exists(folder) ? Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories) : [];
            throw new IOException($"{e.Message}; left in it: {string.Join(", ", left.Select(f => Path.GetRelativePath(folder, f)))}", e);
        }
    }

    /// <summary>Sends every outbox row that is due now on the fake clock, with the rows they lead to.</summary>
    public Task<int> DispatchAsync() => Services.GetRequiredService<OutboxDispatcher>().RunUntilIdleAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        Logs.Dispose();
        if (_ownedFolder is not null)
        {
            DeleteFolder(_ownedFolder);
        }
    }
}
