using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Rendering;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// Turns a card into the message a channel can show: an Adaptive Card where cards render, plain
/// text with numbered choices (as postBack suggested actions carrying the same data) elsewhere.
/// </summary>
public sealed class CardReplies(AdaptiveCardRenderer adaptive, PlainTextRenderer text)
{
    /// <summary>The Adaptive Card JSON of a card; Universal Actions on cards that refresh themselves where the channel runs them.</summary>
    public JsonObject ToAdaptive(Card card, ChannelCapabilities channel) =>
        adaptive.Render(card, ResourceTexts.Current.Name, universalActions: channel.UniversalActions, fullWidth: channel.FullWidthCards);

    public Activity ToActivity(Card card, ChannelCapabilities channel)
    {
        if (channel.ShowsCards)
        {
            return new Activity
            {
                Type = ActivityTypes.Message,
                Summary = card.Summary,
                Attachments = [new Attachment
                {
                    ContentType = Attachment.AdaptiveCardContentType,
                    Content = JsonSerializer.SerializeToElement(ToAdaptive(card, channel)),
                }],
            };
        }

        var rendered = text.Render(card);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = rendered.Text,
            Summary = card.Summary,
            SuggestedActions = rendered.Choices.Count == 0 ? null : new SuggestedActions
            {
                Actions = [.. rendered.Choices.Select(c => new CardAction
                {
                    Type = ActionTypes.PostBack, Title = c.Title, Text = c.Command, Value = JsonSerializer.SerializeToElement(c.Data),
                })],
            },
        };
    }
}
