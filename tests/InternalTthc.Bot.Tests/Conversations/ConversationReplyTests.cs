using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// The reply of one conversation sending to another one by its stored reference, as the hand-off relay will: rendered for
/// the other conversation's channel, through that channel's real sender (the fake Bot Connector, our Direct Line's log).
/// </summary>
public sealed class ConversationReplyTests : IAsyncLifetime
{
    private TeamsService? _service;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private FakeBotConnector Connector => _service!.Connector;
    private ServiceTestHost Host => _service!.Host;

    public async ValueTask InitializeAsync() => _service = await TeamsService.StartAsync();

    [Fact]
    public async Task A_web_chat_turn_sends_a_card_to_an_agent_s_Teams_chat_drawn_for_Teams()
    {
        await _service!.Teams.JoinAsync("hyn.cntt", "29:agent");
        var agentChat = await ReferenceAsync(ChannelIds.Msteams, TeamsClient.PersonalChat("29:agent"));
        await using var scope = Host.Services.CreateAsyncScope();
        var (reply, here) = InTurn(scope, ChannelIds.Directline, "conv-hyn.canbo", Host.Address.ToString());
        var before = Connector.Requests.Count;

        var id = await reply.SendToAsync(agentChat, Message("Hộp thư của tôi bị khóa từ sáng nay."), Ct);

        Assert.Empty(here.Sent);
        var sent = Assert.Single(Connector.Requests.Skip(before));
        Assert.StartsWith($"/v3/conversations/{agentChat.Conversation!.Id}/activities", sent.Path, StringComparison.Ordinal);
        Assert.Equal(sent.AnsweredId, id);
        Assert.Equal("29:agent", sent.Json["recipient"]!["id"]!.GetValue<string>());
        var card = sent.Json["attachments"]![0]!["content"]!;
        Assert.Equal("Full", card["msteams"]!["width"]!.GetValue<string>());
        Assert.Contains("Hộp thư của tôi bị khóa từ sáng nay.", Words(card));
    }

    [Fact]
    public async Task A_Teams_turn_sends_a_card_into_a_web_chat_conversation_where_Web_Chat_reads_it()
    {
        var web = new ChatDriver(Host.Services, "hyn.canbo");
        await web.SayAsync("xin chào");
        var userChat = await ReferenceAsync(ChannelIds.Directline, "conv-hyn.canbo");
        await using var scope = Host.Services.CreateAsyncScope();
        var (reply, here) = InTurn(scope, ChannelIds.Msteams, TeamsClient.PersonalChat("29:agent"), Connector.ServiceUrl);

        var id = await reply.SendToAsync(userChat, Message("Chào anh, tôi là cán bộ CNTT, tôi mở khóa ngay."), Ct);

        Assert.Empty(here.Sent);
        var notice = Assert.Single(await web.NoticesAsync());
        Assert.Equal(id, notice.Id);
        var card = ChatDriver.Card(Assert.Single(notice.Attachments!));
        Assert.False(card.TryGetProperty("msteams", out _));
        Assert.Contains("Chào anh, tôi là cán bộ CNTT, tôi mở khóa ngay.", ChatDriver.Text(notice));
    }

    [Fact]
    public async Task A_case_card_sent_to_a_group_chat_becomes_the_notice_to_ask_in_private()
    {
        await _service!.Teams.SayAsync("29:agent", "hyn.cntt", "19:nhom@thread.v2", "groupChat", "xin chào");
        var group = await ReferenceAsync(ChannelIds.Msteams, "19:nhom@thread.v2");
        await using var scope = Host.Services.CreateAsyncScope();
        var (reply, _) = InTurn(scope, ChannelIds.Directline, "conv-hyn.canbo", Host.Address.ToString());
        var caseCard = Message("Hồ sơ HYN-2026-00001: mật khẩu mới 123") with { Shows = new ShownCase(Guid.NewGuid(), 1, Guid.NewGuid()) };
        var before = Connector.Requests.Count;

        await reply.SendToAsync(group, caseCard, Ct);

        var sent = Assert.Single(Connector.Requests.Skip(before));
        Assert.StartsWith("/v3/conversations/19:nhom@thread.v2/activities", sent.Path, StringComparison.Ordinal);
        var words = Words(sent.Json["attachments"]![0]!["content"]!);
        Assert.DoesNotContain("HYN-2026-00001", words);
        Assert.Contains("Hồ sơ chỉ xem được trong trò chuyện riêng với trợ lý", words);
    }

    /// <summary>The reply of a turn in the conversation <paramref name="conversationId"/>, and the sender that keeps what it answered there.</summary>
    private static (ConversationReply Reply, RecordingSender Here) InTurn(AsyncServiceScope scope, string channelId, string conversationId, string serviceUrl)
    {
        var here = new RecordingSender();
        var activity = new Activity
        {
            Type = ActivityTypes.Message, Id = "in-1", ChannelId = channelId, ServiceUrl = serviceUrl, Text = "…",
            From = new ChannelAccount { Id = "someone" }, Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        };
        var reply = scope.ServiceProvider.GetRequiredService<ConversationReplies>().For(new TurnContext(activity, here), ChannelRegistry.For(channelId));
        return (reply, here);
    }

    private async Task<ConversationReference> ReferenceAsync(string channelId, string conversationId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindAsync(channelId, conversationId, Ct)
            ?? throw new InvalidOperationException($"No reference of {channelId} {conversationId}.");
    }

    private static Card Message(string text) => NoticeCard.Create("Tin nhắn", text);

    private static string Words(JsonNode card) => ChatDriver.Text(new() { Attachments = [new() { Content = card }] });

    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
