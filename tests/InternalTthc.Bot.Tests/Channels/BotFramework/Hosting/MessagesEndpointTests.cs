using System.Net;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Hosting;

public sealed class MessagesEndpointTests : ProtocolTest
{
    [Fact]
    public async Task A_message_is_answered_200_with_no_body_and_the_reply_goes_to_the_connector()
    {
        var response = await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, text: "xin chào"), ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var reply = Assert.Single(Connector.Requests);
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/v3/conversations/a:1on1-conversation/activities/1720000000001", reply.Path);
        Assert.Equal("Bearer fake-token-1", reply.Authorization);
        Assert.Equal("xin chào", reply.Json["text"]!.GetValue<string>());
        Assert.Equal("1720000000001", reply.Json["replyToId"]!.GetValue<string>());
        Assert.Equal($"28:{TestTokens.AppId}", reply.Json["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:user-a", reply.Json["recipient"]!["id"]!.GetValue<string>());
        Assert.Null(reply.Json["id"]);
    }

    [Fact]
    public async Task Unknown_properties_and_channel_data_reach_the_bot_and_channel_data_goes_back_out()
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl);
        activity["futureField"] = new JsonObject { ["keep"] = new JsonArray("me", 42) };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" }, ["clientActivityID"] = "c-77" };

        await PostAsync(activity, ChannelToken());

        var received = Assert.Single(Bot.Turns).Activity;
        Assert.Equal("""{"keep":["me",42]}""", received.Properties!["futureField"].GetRawText());
        var echoed = Assert.Single(Connector.Requests).Json["channelData"]!;
        Assert.True(JsonNode.DeepEquals(activity["channelData"], echoed), echoed.ToJsonString());
    }

    [Fact]
    public async Task The_adaptive_card_action_invoke_answers_with_the_bots_status_and_body()
    {
        var response = await PostAsync(TestActivities.CardAction(Connector.ServiceUrl, verb: "closeCase"), ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("done: closeCase", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invoke_nobody_handles_is_answered_501()
    {
        var invoke = TestActivities.CardAction(Connector.ServiceUrl);
        invoke["name"] = "task/fetch";

        var response = await PostAsync(invoke, ChannelToken());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("task/fetch", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", "not a valid activity")]
    [InlineData("[1,2]", "not a valid activity")]
    [InlineData("", "body is empty")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\",\"conversation\":{\"id\":\"a\"}}", "not a valid activity")]
    public async Task Malformed_json_is_refused_with_400_and_a_precise_message(string body, string expected)
    {
        var response = await Host.PostActivityAsync(body, ChannelToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Equal("BadArgument", error["code"]!.GetValue<string>());
        Assert.Contains(expected, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type", "no 'type'")]
    [InlineData("conversation", "no 'conversation.id'")]
    [InlineData("serviceUrl", "no 'serviceUrl'")]
    public async Task An_activity_without_a_required_field_is_refused_with_400_naming_it(string field, string expected)
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl);
        activity.Remove(field);

        var response = await PostAsync(activity, ChannelToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Contains(expected, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(Bot.Turns);
    }

    [Fact]
    public async Task A_body_above_the_limit_is_refused_with_413()
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl, text: new string('x', 300 * 1024));

        var response = await PostAsync(activity, ChannelToken());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("262144 bytes", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(Bot.Turns);
    }

    [Fact]
    public async Task A_redelivered_activity_is_answered_200_twice_but_processed_once()
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl, id: "redelivered-1");

        var first = await PostAsync(activity, ChannelToken());
        var second = await PostAsync(activity, ChannelToken());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(Bot.Turns);
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task A_turn_that_failed_is_processed_again_when_the_channel_retries()
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl, id: "failing-1", text: "fail");

        var first = await PostAsync(activity, ChannelToken());
        var retry = await PostAsync(activity, ChannelToken());

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, retry.StatusCode);
        Assert.Equal(2, Bot.Turns.Count);
    }

    [Fact]
    public async Task The_caller_id_is_set_by_authentication_and_the_reference_is_stored()
    {
        var activity = TestActivities.TeamsMessage(Connector.ServiceUrl);
        activity["callerId"] = "urn:botframework:forged";

        await PostAsync(activity, ChannelToken());

        Assert.Equal(CallerIdConstants.PublicAzureChannel, Assert.Single(Bot.Turns).Activity.CallerId);
        var store = Host.Services.GetRequiredService<IConversationReferenceStore>();
        var reference = await store.FindAsync("msteams", "a:1on1-conversation", TestContext.Current.CancellationToken);
        Assert.Equal(Connector.ServiceUrl, reference!.ServiceUrl);
        Assert.Equal("29:user-a", reference.User!.Id);
        Assert.Equal("aad-user-a", reference.User.AadObjectId);
    }

    [Fact]
    public async Task Only_post_is_accepted()
    {
        var response = await Host.Client.GetAsync(new Uri("api/messages", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
