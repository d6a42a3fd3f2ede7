namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// The service on a real socket with a fake Bot Connector it trusts and sends to: Teams requests are signed with the
/// channel's key, and the connector client never retries inline, so every failure goes back to the outbox.
/// </summary>
public sealed class TeamsService : IAsyncDisposable
{
    private readonly TestSigningKey _key;

    private TeamsService(TestSigningKey key, FakeBotConnector connector, ServiceTestHost host)
    {
        _key = key;
        Connector = connector;
        Host = host;
    }

    public FakeBotConnector Connector { get; }
    public ServiceTestHost Host { get; }
    public TeamsClient Teams => new(Host, Connector, _key);

    /// <summary>Posts <paramref name="content"/> to /api/messages as it is (however broken), signed as the channel signs.</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(HttpContent content, string? serviceUrl = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.Authorization = new("Bearer", TestTokens.Channel(_key, Host.Clock.GetUtcNow(), serviceUrl ?? Connector.ServiceUrl));
        return await Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<TeamsService> StartAsync(IReadOnlyDictionary<string, string?>? extraSettings = null, string environment = "Production")
    {
        var key = new TestSigningKey("channel-key-1", "msteams");
        var connector = await FakeBotConnector.StartAsync();
        connector.PublishChannelKeys(key);
        var settings = BotTestHost.SettingsFor(connector);
        settings["BotFramework:Connector:MaxRetries"] = "0";
        foreach (var (name, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[name] = value;
        }

        return new TeamsService(key, connector, await ServiceTestHost.StartAsync(settings, environment));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        _key.Dispose();
    }
}
