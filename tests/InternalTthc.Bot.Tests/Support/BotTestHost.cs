using InternalTthc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using System.Net.Http.Headers;
using System.Text;
using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// The bot's web host on a real socket (127.0.0.1, a free port), wired with <c>AddBotFramework</c> and
/// <c>MapBotFramework</c> like Program.cs, pointed at a <see cref="FakeBotConnector"/> and a <see cref="FakeClock"/>.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Settings of a multi-tenant bot whose metadata, keys and token endpoint are the fake's.</summary>
    public static Dictionary<string, string?> SettingsFor(FakeBotConnector fake) => new()
    {
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppPassword"] = "test-password",
        ["MicrosoftAppType"] = "MultiTenant",
        ["ToBotFromChannelOpenIdMetadataUrl"] = fake.ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = fake.EmulatorMetadataUrl,
        ["ToChannelFromBotLoginUrl"] = fake.LoginUrl,
    };

    public static async Task<BotTestHost> StartAsync(
        IReadOnlyDictionary<string, string?> settings, FakeClock clock, IBot bot, ILoggerProvider? logs = null)
    {
        // Development: the one environment where a bot without an app id accepts unsigned calls.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        // Only these settings: the machine's environment must not change what is tested.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(bot);
        var app = builder.Build();
        app.MapBotFramework();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new BotTestHost(app, new HttpClient { BaseAddress = WebHostAddress.Of(app) });
    }

    public Task<HttpResponseMessage> PostActivityAsync(string json, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
