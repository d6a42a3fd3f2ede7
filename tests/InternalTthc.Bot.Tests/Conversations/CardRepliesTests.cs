using System.Text.Json;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Rendering;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// A card's Adaptive Card JSON as the reply carries it (issue 14): made with the wire's options, so its Vietnamese is held
/// as written, not escaped here only to be unescaped when the reply is written; the reply's JSON is the same either way.
/// </summary>
public sealed class CardRepliesTests
{
    [Fact]
    public void A_card_s_content_holds_its_Vietnamese_as_written_and_the_reply_carries_the_card_whole()
    {
        var replies = new CardReplies(new AdaptiveCardRenderer(), new PlainTextRenderer());
        var card = NoticeCard.Create("Chào anh Lâm", "Danh mục thủ tục đã sẵn sàng");

        var activity = replies.ToActivity(card, ChannelRegistry.For(ChannelIds.Emulator));

        var content = Assert.Single(activity.Attachments!).Content!.Value;
        Assert.Contains("Chào anh Lâm", content.GetRawText(), StringComparison.Ordinal);
        using var wire = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options));
        var sent = wire.RootElement.GetProperty("attachments")[0];
        Assert.Equal(Attachment.AdaptiveCardContentType, sent.GetProperty("contentType").GetString());
        Assert.Equal(("AdaptiveCard", "1.5"), (sent.GetProperty("content").GetProperty("type").GetString(), sent.GetProperty("content").GetProperty("version").GetString()));
        Assert.Equal(["Chào anh Lâm", "Danh mục thủ tục đã sẵn sàng"],
            sent.GetProperty("content").GetProperty("body").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
    }
}
