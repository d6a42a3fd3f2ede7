using System.Net;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Authentication;

/// <summary>With no MicrosoftAppId (local development with the Emulator), requests without a token are accepted.</summary>
public sealed class AuthenticationDisabledTests : ProtocolTest
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["MicrosoftAppId"] = string.Empty;
        settings["MicrosoftAppPassword"] = string.Empty;
    }

    [Fact]
    public async Task A_request_without_a_token_is_processed_and_the_reply_carries_no_token()
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl);
        activity["channelId"] = "emulator";

        var response = await PostAsync(activity, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(Bot.Turns).Activity.CallerId);
        var reply = Assert.Single(Connector.Requests);
        Assert.Null(reply.Authorization);
        Assert.Empty(Connector.TokenRequests);
    }

    [Fact]
    public async Task Anonymous_requests_leave_no_conversation_reference()
    {
        await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl), token: null);

        var store = Host.Services.GetRequiredService<IConversationReferenceStore>();
        Assert.Null(await store.FindAsync("msteams", "a:1on1-conversation", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_request_that_carries_a_token_is_still_refused()
    {
        var response = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl), ChannelToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Bot.Turns);
    }
}
