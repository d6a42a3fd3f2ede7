using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Per test: the real service in Production mode over a fresh SQLite file, a Direct Line client for it, and a
/// <see cref="RecordingBot"/> in place of the service's bot (it answers a message with its text; "fail" makes it throw).
/// </summary>
public abstract class DirectLineTest : IAsyncLifetime
{
    private ServiceTestHost? _host;

    protected string Folder { get; } = ServiceTestHost.NewFolder();
    protected ServiceTestHost Host => _host ?? throw new InvalidOperationException("Not started.");
    protected RecordingBot Bot { get; } = new();
    protected DirectLineTestClient DirectLine => new(Host.Client);
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync() => _host = await ServiceTestHost.StartAsync(Folder, settings: Settings(), bot: Bot);

    /// <summary>Lets a test class change settings before the service starts.</summary>
    protected virtual Dictionary<string, string?> Settings() => [];

    /// <summary>Stops the current instance and starts another over the same database and files (a restart).</summary>
    protected async Task RestartAsync()
    {
        await Host.DisposeAsync();
        _host = null;
        _host = await ServiceTestHost.StartAsync(Folder, settings: Settings(), bot: Bot);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        ServiceTestHost.DeleteFolder(Folder);
        GC.SuppressFinalize(this);
    }
}
