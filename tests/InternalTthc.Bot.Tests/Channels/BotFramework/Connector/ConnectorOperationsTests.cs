using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Connector;

/// <summary>Each Connector operation's verb, path and body, and the outbound token.</summary>
public sealed class ConnectorOperationsTests : ProtocolTest
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private static readonly Activity Card = new() { Type = ActivityTypes.Message, Id = "ignored", Text = "v2" };

    private IConnectorClient Client => Host.Services.GetRequiredService<IConnectorClient>();

    [Fact]
    public async Task Update_and_delete_address_the_activity_with_escaped_teams_ids()
    {
        const string channelThread = "19:abc@thread.tacv2;messageid=1720";

        await Client.UpdateActivityAsync(Connector.ServiceUrl, channelThread, "1720", Card, Cancel);
        await Client.DeleteActivityAsync(Connector.ServiceUrl, channelThread, "1720", Cancel);

        var (update, delete) = (Connector.Requests[0], Connector.Requests[1]);
        Assert.Equal(("PUT", "/v3/conversations/19:abc@thread.tacv2;messageid=1720/activities/1720"), (update.Method, update.Path));
        Assert.Equal("1720", update.Json["id"]!.GetValue<string>());
        Assert.Equal("v2", update.Json["text"]!.GetValue<string>());
        Assert.Equal(("DELETE", update.Path), (delete.Method, delete.Path));
    }

    [Fact]
    public async Task A_teams_one_to_one_is_created_with_the_tenant_and_one_member()
    {
        var created = await Client.CreateConversationAsync(Connector.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = $"28:{TestTokens.AppId}" },
            Members = [new ChannelAccount { Id = "29:user-a" }],
            TenantId = "tenant-1",
            Activity = new Activity { Type = ActivityTypes.Message, Text = "Hồ sơ HS-1 đã được tiếp nhận" },
        }, Cancel);

        Assert.Equal("a:created-1on1", created.Id);
        var request = Assert.Single(Connector.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.Path));
        Assert.Equal("tenant-1", request.Json["tenantId"]!.GetValue<string>());
        Assert.False(request.Json["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:user-a", request.Json["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("Hồ sơ HS-1 đã được tiếp nhận", request.Json["activity"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Members_are_read_from_the_conversation()
    {
        var members = await Client.GetConversationMembersAsync(Connector.ServiceUrl, "a:1on1-conversation", Cancel);

        var member = Assert.Single(members);
        Assert.Equal(("29:member", "Nguyễn Văn A", "aad-1"), (member.Id, member.Name, member.AadObjectId));
        Assert.Equal("/v3/conversations/a:1on1-conversation/members", Assert.Single(Connector.Requests).Path);
    }

    [Fact]
    public async Task The_client_credentials_token_is_requested_once_and_renewed_before_it_expires()
    {
        var send = () => Client.SendToConversationAsync(Connector.ServiceUrl, "a:c", Card, Cancel);
        await send();
        await send();
        Clock.Advance(TimeSpan.FromMinutes(56));
        await send();

        var tokenRequest = Connector.TokenRequests[0];
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(TestTokens.AppId, tokenRequest["client_id"]);
        Assert.Equal("test-password", tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.Equal(2, Connector.TokenRequests.Count);
        Assert.Equal(["Bearer fake-token-1", "Bearer fake-token-1", "Bearer fake-token-2"], Connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_401_from_the_connector_renews_the_token_once_and_tries_again()
    {
        Connector.FailNext(new CannedResponse(401));

        var sent = await Client.SendToConversationAsync(Connector.ServiceUrl, "a:c", Card, Cancel);

        Assert.Equal("sent-1", sent.Id);
        Assert.Equal(["Bearer fake-token-1", "Bearer fake-token-2"], Connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_proactive_turn_writes_to_a_stored_conversation()
    {
        await PostAsync(TestActivities.TeamsMessage(Connector.ServiceUrl, id: "m1"), ChannelToken());
        var reference = await Host.Services.GetRequiredService<IConversationReferenceStore>()
            .FindAsync("msteams", "a:1on1-conversation", Cancel);

        await Host.Services.GetRequiredService<BotTurnRunner>().ContinueConversationAsync(reference!,
            (turn, ct) => turn.SendActivityAsync("Hồ sơ HS-1 sắp đến hạn", ct), Cancel);

        var proactive = Connector.Requests[^1];
        Assert.Equal("/v3/conversations/a:1on1-conversation/activities/m1", proactive.Path);
        Assert.Equal("Hồ sơ HS-1 sắp đến hạn", proactive.Json["text"]!.GetValue<string>());
        Assert.Equal("29:user-a", proactive.Json["recipient"]!["id"]!.GetValue<string>());
    }
}
