using InternalTthc.Testing;
using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// Per test: a fake Bot Connector publishing a channel key endorsed for msteams and an Emulator key, and the bot
/// host (multi-tenant, authentication on) pointed at it with a <see cref="RecordingBot"/> and a fake clock.
/// </summary>
public abstract class ProtocolTest : IAsyncLifetime
{
    private BotTestHost? _host;
    private FakeBotConnector? _connector;

    protected FakeClock Clock { get; } = new();
    protected RecordingBot Bot { get; } = new();
    protected TestSigningKey ChannelKey { get; } = new("channel-key-1", "msteams", "webchat");
    protected TestSigningKey EmulatorKey { get; } = new("emulator-key-1");
    protected FakeBotConnector Connector => _connector ?? throw new InvalidOperationException("Not started.");
    protected BotTestHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public virtual async ValueTask InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _connector.PublishChannelKeys(ChannelKey);
        _connector.PublishEmulatorKeys(EmulatorKey);
        var settings = BotTestHost.SettingsFor(_connector);
        Configure(settings);
        _host = await BotTestHost.StartAsync(settings, Clock, Bot);
    }

    /// <summary>Lets a test class change the bot's settings before the host starts.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    /// <summary>A valid Bot Connector token for the fake's serviceUrl, now.</summary>
    protected string ChannelToken() => TestTokens.Channel(ChannelKey, Clock.GetUtcNow(), Connector.ServiceUrl);

    protected Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token) =>
        Host.PostActivityAsync(activity.ToJsonString(), token);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }

        ChannelKey.Dispose();
        EmulatorKey.Dispose();
        GC.SuppressFinalize(this);
    }
}
