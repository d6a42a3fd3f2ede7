using System.Net;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Authentication;

/// <summary>A token verified once is not verified again, but what depends on the moment and the activity still is.</summary>
public sealed class ValidatedTokenTests : ProtocolTest
{
    [Fact]
    public async Task A_forged_or_expired_token_is_still_refused_after_a_valid_one_was_kept()
    {
        var valid = ChannelToken();
        var first = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m1"), valid);

        var forged = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m2"),
            TestTokens.Tamper(valid, payload => payload["jti"] = "forged"));
        var now = Clock.GetUtcNow();
        var expired = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m3"),
            TestTokens.Channel(ChannelKey, now, Connector.ServiceUrl, d =>
                (d.NotBefore, d.Expires) = (now.AddHours(-2).UtcDateTime, now.AddMinutes(-6).UtcDateTime)));
        var again = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m4"), valid);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["m1", "m4"], Bot.Turns.Select(turn => turn.Activity.Id));
    }

    [Fact]
    public async Task A_kept_token_is_refused_once_it_expires()
    {
        var now = Clock.GetUtcNow();
        var token = TestTokens.Channel(ChannelKey, now, Connector.ServiceUrl, d =>
            (d.NotBefore, d.Expires) = (now.AddMinutes(-1).UtcDateTime, now.AddMinutes(30).UtcDateTime));
        var fresh = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m1"), token);

        // Past its expiry and the five minutes of clock skew.
        Clock.Advance(TimeSpan.FromMinutes(36));
        var late = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m2"), token);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
        Assert.Equal(["m1"], Bot.Turns.Select(turn => turn.Activity.Id));
    }

    [Fact]
    public async Task A_kept_token_is_refused_with_another_serviceUrl_or_a_channel_its_key_is_not_endorsed_for()
    {
        var token = ChannelToken();
        await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m1"), token);

        var elsewhere = await PostAsync(TestActivities.TeamsMessage("https://attacker.example/", id: "m2"), token);
        var skype = TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m3");
        skype["channelId"] = "skype";
        var unendorsed = await PostAsync(skype, token);

        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unendorsed.StatusCode);
        Assert.Equal(["m1"], Bot.Turns.Select(turn => turn.Activity.Id));
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task A_kept_token_is_refused_once_its_key_is_no_longer_published()
    {
        var now = Clock.GetUtcNow();
        var token = TestTokens.Channel(ChannelKey, now, Connector.ServiceUrl, d => d.Expires = now.AddDays(2).UtcDateTime);
        await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m1"), token);
        using var rolled = new TestSigningKey("channel-key-2", "msteams");
        Connector.PublishChannelKeys(rolled);

        // The keys are fetched again after the twelve hours of the refresh interval; the token's own lifetime has not ended.
        Clock.Advance(TimeSpan.FromHours(13));
        var response = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m2"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["m1"], Bot.Turns.Select(turn => turn.Activity.Id));
    }
}
