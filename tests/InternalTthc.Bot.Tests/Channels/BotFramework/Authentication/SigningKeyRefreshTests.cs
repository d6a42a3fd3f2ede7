using System.Net;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Authentication;

public sealed class SigningKeyRefreshTests : ProtocolTest
{
    [Fact]
    public async Task Keys_are_fetched_once_and_served_from_the_cache()
    {
        await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m1"), ChannelToken());
        await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m2"), ChannelToken());

        Assert.Equal(2, Bot.Turns.Count);
        Assert.Equal(1, Connector.ChannelJwksFetches);
    }

    [Fact]
    public async Task A_rolled_over_key_is_fetched_when_a_token_names_it_but_not_more_often_than_the_floor()
    {
        await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m1"), ChannelToken());
        using var rolled = new TestSigningKey("channel-key-2", "msteams");
        using var forged = new TestSigningKey("forged-key", "msteams");
        Connector.PublishChannelKeys(ChannelKey, rolled);

        // Within the five-minute floor the new key is not looked for yet.
        var early = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m2"),
            TestTokens.Channel(rolled, Clock.GetUtcNow(), Connector.ServiceUrl));
        Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m3"),
            TestTokens.Channel(rolled, Clock.GetUtcNow(), Connector.ServiceUrl));
        var unknown = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m4"),
            TestTokens.Channel(forged, Clock.GetUtcNow(), Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(2, Connector.ChannelJwksFetches);
        Assert.Equal(["m1", "m3"], Bot.Turns.Select(turn => turn.Activity.Id));
    }

    [Fact]
    public async Task Keys_are_fetched_again_after_the_refresh_interval()
    {
        await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m1"), ChannelToken());

        Clock.Advance(TimeSpan.FromHours(12));
        await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m2"), ChannelToken());

        Assert.Equal(2, Connector.ChannelJwksFetches);
        Assert.Equal(2, Bot.Turns.Count);
    }
}
