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
/// text with numbered choices (as postBack suggested actions carrying the same data) elsewhere; on a channel with
/// buttons of its own (Zalo) the choices and links are its buttons when they fit, numbered in the text when not; stored
/// files the channel delivers itself go as attachments instead of their links (<see cref="ChannelCapabilities.FilesOut"/>).
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
                    // Written once, with the activity and the wire's options (Vietnamese as it is).
                    Content = ToAdaptive(card, channel),
                }],
            };
        }

        if (card.PhoneForm is { } form && channel.AsksForPhone)
        {
            return new Activity { Type = ActivityTypes.Message, Summary = card.Summary, Attachments = [OutgoingAttachments.PhoneRequest(form.Title, form.Subtitle)] };
        }

        var rendered = text.Render(card, channel.MaxButtons, channel.FilesOut.Any ? f => channel.FilesOut.Delivers(f.ContentType, f.Size) : null);
        // A channel with buttons of its own shows the links as buttons too, when they fit; the numbers count choices only.
        var links = channel.MaxButtons is null ? [] : rendered.Links.Select(l => new CardAction { Type = ActionTypes.OpenUrl, Title = l.Title, Value = JsonSerializer.SerializeToElement(l.Url!.AbsoluteUri) });
        CardAction[] actions =
        [
            .. rendered.Choices.Select(c => new CardAction
            {
                Type = ActionTypes.PostBack, Title = c.Title, Text = c.Command, Value = JsonSerializer.SerializeToElement(c.Data),
            }),
            .. links,
        ];
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = rendered.Text,
            Summary = card.Summary,
            SuggestedActions = actions.Length == 0 ? null : new SuggestedActions { Actions = actions },
            Attachments = rendered.Files.Count == 0 ? null : [.. rendered.Files.Select(f => OutgoingAttachments.StoredFile($"{f.Area}/{f.Id}", f.Name, f.ContentType, rendered.FileLinks.GetValueOrDefault(f)))],
        };
    }
}
