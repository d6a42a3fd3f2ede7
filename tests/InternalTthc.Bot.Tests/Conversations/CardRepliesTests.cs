using System.Text;
using System.Text.Json;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Rendering;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// A card's Adaptive Card JSON as the reply carries it (issue 14): the rendered card itself, written once with the activity
/// under the wire's options — its Vietnamese as written, the same bytes as the card written alone.
/// </summary>
public sealed class CardRepliesTests
{
    [Fact]
    public void The_reply_carries_the_card_whole_with_its_Vietnamese_as_written()
    {
        var replies = new CardReplies(new AdaptiveCardRenderer(), new PlainTextRenderer());
        var card = NoticeCard.Create("Chào anh Lâm", "Danh mục thủ tục đã sẵn sàng");
        var channel = ChannelRegistry.For(ChannelIds.Emulator);

        var activity = replies.ToActivity(card, channel);

        var bytes = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
        var alone = JsonSerializer.Serialize(replies.ToAdaptive(card, channel), BotJson.Options);
        Assert.Contains("Chào anh Lâm", alone, StringComparison.Ordinal);
        Assert.Contains($"\"content\":{alone}}}", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        using var wire = JsonDocument.Parse(bytes);
        var sent = wire.RootElement.GetProperty("attachments")[0];
        Assert.Equal(Attachment.AdaptiveCardContentType, sent.GetProperty("contentType").GetString());
        Assert.Equal(("AdaptiveCard", "1.5"), (sent.GetProperty("content").GetProperty("type").GetString(), sent.GetProperty("content").GetProperty("version").GetString()));
        Assert.Equal(["Chào anh Lâm", "Danh mục thủ tục đã sẵn sàng"],
            sent.GetProperty("content").GetProperty("body").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
    }
}
