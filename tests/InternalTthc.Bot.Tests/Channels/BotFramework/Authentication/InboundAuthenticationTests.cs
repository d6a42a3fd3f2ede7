using System.Net;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Authentication;

public sealed class InboundAuthenticationTests : ProtocolTest
{
    public static TheoryData<string> RejectedTokens =>
    [
        "no token", "expired", "not yet valid", "wrong audience", "wrong issuer", "unknown key id",
        "tampered signature", "alg none", "serviceUrl mismatch", "missing endorsement", "key without endorsements",
        "emulator token for another app", "not a JWT", "basic scheme",
    ];

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task A_request_that_fails_authentication_is_answered_401_and_never_reaches_the_bot(string defect)
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl);
        var now = Clock.GetUtcNow();
        using var stranger = new TestSigningKey("unpublished-key", "msteams");
        using var unendorsed = new TestSigningKey("unendorsed-key");
        Connector.PublishChannelKeys(ChannelKey, unendorsed);
        if (defect == "missing endorsement")
        {
            activity["channelId"] = "skype";
        }

        string? header = defect switch
        {
            "no token" => null,
            // Lifetimes are just outside the five minutes of clock skew.
            "expired" => Channel(d => (d.NotBefore, d.Expires) = (now.AddHours(-2).UtcDateTime, now.AddMinutes(-6).UtcDateTime)),
            "not yet valid" => Channel(d => (d.NotBefore, d.Expires) = (now.AddMinutes(6).UtcDateTime, now.AddHours(1).UtcDateTime)),
            "wrong audience" => Channel(d => d.Audience = "another-bot"),
            "wrong issuer" => Channel(d => d.Issuer = "https://api.botframework.example"),
            "unknown key id" => TestTokens.Channel(stranger, now, Connector.ServiceUrl),
            // A claim that changes nothing else, so only the signature can catch it.
            "tampered signature" => TestTokens.Tamper(ChannelToken(), payload => payload["jti"] = "forged"),
            "alg none" => TestTokens.Unsigned(ChannelKey.KeyId, now, Connector.ServiceUrl),
            "serviceUrl mismatch" => TestTokens.Channel(ChannelKey, now, "https://attacker.example/"),
            "missing endorsement" => ChannelToken(),
            "key without endorsements" => TestTokens.Channel(unendorsed, now, Connector.ServiceUrl),
            "emulator token for another app" => TestTokens.Emulator(EmulatorKey, now, "1.0", appId: "another-app"),
            "not a JWT" => "not-a-jwt",
            "basic scheme" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };

        var response = defect == "basic scheme"
            ? await PostWithHeaderAsync(activity, "Basic dXNlcjpwYXNz")
            : await PostAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Authentication failed", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(Bot.Turns);
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData(4, 60)]
    [InlineData(-120, -4)]
    public async Task A_valid_channel_token_is_accepted_within_the_clock_skew(int notBeforeMinutes, int expiresMinutes)
    {
        var now = Clock.GetUtcNow();
        // The serviceurl claim is compared without regard to case.
        var token = TestTokens.Channel(ChannelKey, now, Connector.ServiceUrl.ToUpperInvariant(), d =>
            (d.NotBefore, d.Expires) = (now.AddMinutes(notBeforeMinutes).UtcDateTime, now.AddMinutes(expiresMinutes).UtcDateTime));

        var response = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("xin chào", Assert.Single(Bot.Turns).Activity.Text);
        Assert.Equal("xin chào", Assert.Single(Connector.Requests).Json["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task An_emulator_token_carrying_the_bots_app_id_is_accepted(string version)
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl);
        activity["channelId"] = "emulator";

        var response = await PostAsync(activity, TestTokens.Emulator(EmulatorKey, Clock.GetUtcNow(), version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("emulator", Assert.Single(Bot.Turns).Activity.ChannelId);
        var store = Host.Services.GetRequiredService<IConversationReferenceStore>();
        Assert.NotNull(await store.FindAsync("emulator", "a:1on1-conversation", TestContext.Current.CancellationToken));
    }

    private string Channel(Action<SecurityTokenDescriptor> change) =>
        TestTokens.Channel(ChannelKey, Clock.GetUtcNow(), Connector.ServiceUrl, change);

    private Task<HttpResponseMessage> PostWithHeaderAsync(JsonObject activity, string header)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", header);
        return Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
