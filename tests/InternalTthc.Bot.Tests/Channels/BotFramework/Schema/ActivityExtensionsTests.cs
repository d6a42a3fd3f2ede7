using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Schema;

public sealed class ActivityExtensionsTests
{
    private static readonly Activity Incoming = new()
    {
        Type = ActivityTypes.Message,
        Id = "msg-1",
        ChannelId = ChannelIds.Msteams,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount { Id = "29:user", Name = "Trần Thị B" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "TTHC" },
        Conversation = new ConversationAccount { Id = "a:conv", TenantId = "tenant-1" },
        Locale = "vi-VN",
    };

    [Fact]
    public void Conversation_reference_captures_user_bot_conversation_and_service_url()
    {
        var reference = Incoming.GetConversationReference();

        Assert.Equal(new ConversationReference
        {
            ActivityId = "msg-1",
            User = Incoming.From,
            Bot = Incoming.Recipient,
            Conversation = Incoming.Conversation,
            ChannelId = "msteams",
            Locale = "vi-VN",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
        }, reference);
    }

    [Theory]
    [InlineData("directline", null)]
    [InlineData("webchat", null)]
    [InlineData("msteams", "update-1")]
    public void Direct_line_conversation_update_leaves_the_activity_id_out(string channelId, string? expected)
    {
        var update = Incoming with { Type = ActivityTypes.ConversationUpdate, Id = "update-1", ChannelId = channelId };

        Assert.Equal(expected, update.GetConversationReference().ActivityId);
    }

    [Fact]
    public void Applying_a_reference_addresses_an_outgoing_activity_from_the_bot_as_a_reply()
    {
        var outgoing = new Activity { Type = ActivityTypes.Message, Text = "Đã nhận" }
            .ApplyConversationReference(Incoming.GetConversationReference());

        Assert.Equal("28:bot", outgoing.From!.Id);
        Assert.Equal("29:user", outgoing.Recipient!.Id);
        Assert.Equal("a:conv", outgoing.Conversation!.Id);
        Assert.Equal("msteams", outgoing.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", outgoing.ServiceUrl);
        Assert.Equal("msg-1", outgoing.ReplyToId);
        Assert.Equal("vi-VN", outgoing.Locale);
    }

    [Fact]
    public void Applying_a_reference_as_incoming_makes_the_user_the_sender()
    {
        var incoming = new Activity { Type = ActivityTypes.Event }
            .ApplyConversationReference(Incoming.GetConversationReference(), isIncoming: true);

        Assert.Equal("29:user", incoming.From!.Id);
        Assert.Equal("28:bot", incoming.Recipient!.Id);
        Assert.Equal("msg-1", incoming.Id);
        Assert.Null(incoming.ReplyToId);
    }

    [Fact]
    public void Create_reply_swaps_sender_and_recipient_and_replies_to_the_activity()
    {
        var reply = Incoming.CreateReply("Chào bạn");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Chào bạn", reply.Text);
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("msg-1", reply.ReplyToId);
        Assert.Equal("a:conv", reply.Conversation!.Id);
        Assert.Null(reply.Id);
    }
}
