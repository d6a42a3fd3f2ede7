using InternalTthc.Testing;
using System.Net;
using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Hosting;

/// <summary>Settings are checked at start; the host warns when authentication is off and never logs tokens or message text.</summary>
public sealed class BotFrameworkSetupTests : IAsyncLifetime
{
    private readonly FakeClock _clock = new();
    private readonly ListLoggerProvider _logs = new();
    private readonly TestSigningKey _key = new("channel-key-1", "msteams");
    private FakeBotConnector? _connector;

    private FakeBotConnector Connector => _connector!;

    public async ValueTask InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _connector.PublishChannelKeys(_key);
    }

    [Theory]
    [InlineData("MicrosoftAppType", "Personal", "MicrosoftAppType 'Personal' is not MultiTenant, SingleTenant or UserAssignedMSI.")]
    [InlineData("MicrosoftAppPassword", "", "MicrosoftAppPassword is required for MicrosoftAppType MultiTenant.")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "http://login.example/keys", "ToBotFromChannelOpenIdMetadataUrl 'http://login.example/keys' must be an absolute https URL")]
    [InlineData("BotFramework:MaxRequestBodyBytes", "0", "BotFramework:MaxRequestBodyBytes must be positive.")]
    public async Task A_wrong_setting_stops_the_start_naming_the_setting(string key, string value, string expected)
    {
        var settings = BotTestHost.SettingsFor(Connector);
        settings[key] = value;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(settings, _clock, new RecordingBot()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_tenant_bot_needs_its_tenant_and_gets_tokens_from_it()
    {
        var validator = new BotAuthenticationOptionsValidator();
        var withoutTenant = new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "p", MicrosoftAppType = "SingleTenant" };
        var withTenant = withoutTenant with { MicrosoftAppTenantId = "tenant-1" };

        Assert.Equal(["MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant."], validator.Validate(null, withoutTenant).Failures);
        Assert.True(validator.Validate(null, withTenant).Succeeded);
        Assert.Equal("https://login.microsoftonline.com/tenant-1", withTenant.LoginUrl);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", (withTenant with { MicrosoftAppType = "MultiTenant" }).LoginUrl);
        Assert.Equal(BotAppType.UserAssignedMsi, (withTenant with { MicrosoftAppType = "UserAssignedMSI" }).AppType);
        Assert.DoesNotContain("p", withTenant.ToString().Split(' '));
    }

    [Fact]
    public async Task Starting_without_an_app_id_warns_that_authentication_is_off()
    {
        var settings = BotTestHost.SettingsFor(Connector);
        settings["MicrosoftAppId"] = string.Empty;

        await using var host = await BotTestHost.StartAsync(settings, _clock, new RecordingBot(), _logs);

        Assert.Contains(_logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("UNAUTHENTICATED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Neither_the_token_nor_the_message_text_is_logged_at_information_or_above()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.SettingsFor(Connector), _clock, new RecordingBot(), _logs);
        var token = TestTokens.Channel(_key, _clock.GetUtcNow(), Connector.ServiceUrl);
        var forged = TestTokens.Channel(_key, _clock.GetUtcNow(), "https://attacker.example/");

        var accepted = await host.PostActivityAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m1", text: "số CCCD 001099012345").ToJsonString(), token);
        var refused = await host.PostActivityAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m2", text: "mật khẩu").ToJsonString(), forged);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (accepted.StatusCode, refused.StatusCode));
        var visible = _logs.Entries.Where(entry => entry.Level >= LogLevel.Information).Select(entry => entry.Message).ToArray();
        Assert.Contains(visible, message => message.Contains("serviceurl claim does not match", StringComparison.Ordinal));
        Assert.DoesNotContain(visible, message => message.Contains("001099012345", StringComparison.Ordinal)
            || message.Contains("mật khẩu", StringComparison.Ordinal)
            || message.Contains(token[..20], StringComparison.Ordinal)
            || message.Contains("fake-token", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        _key.Dispose();
        _logs.Dispose();
    }
}
