using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Cards.Model;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>How a form answers in this turn: cards rendered for the channel, the pressed card replaced where the channel allows.</summary>
public sealed class FormReply(ITurnContext turn, CardReplies replies)
{
    public string? ChannelId => turn.Activity.ChannelId;

    /// <summary>Sends a card; returns the channel's id of the message.</summary>
    public async Task<string?> SendAsync(Card card, CancellationToken ct) =>
        (await turn.SendActivityAsync(replies.ToActivity(card, turn.Activity.ChannelId), ct)).Id;

    /// <summary>
    /// Replaces the card whose button was pressed (so it cannot be pressed again): the one the channel names,
    /// or <paramref name="shown"/> when it names none (Web Chat); else sends a new message.
    /// </summary>
    public async Task ReplaceAsync(Card card, CancellationToken ct, string? shown = null)
    {
        var activity = replies.ToActivity(card, turn.Activity.ChannelId);
        if ((turn.Activity.ReplyToId is { Length: > 0 } named ? named : shown) is { Length: > 0 } pressed && CardReplies.ShowsCards(turn.Activity.ChannelId))
        {
            try
            {
                await turn.UpdateActivityAsync(activity with { Id = pressed }, ct);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or Channels.BotFramework.Connector.ConnectorException)
            {
                // Not every channel updates messages; the new message below still answers.
            }
        }

        await turn.SendActivityAsync(activity, ct);
    }
}
