using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Model;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// How a form answers in this turn: cards rendered for the channel, the pressed card replaced where the channel allows;
/// case cards are remembered so the case's later changes update them.
/// </summary>
public sealed class FormReply(ITurnContext turn, ChannelCapabilities channel, CardReplies replies, CaseCardTracker tracker)
{
    /// <summary>What the conversation's channel can do.</summary>
    public ChannelCapabilities Channel => channel;

    /// <summary>A Teams group chat or team channel: whatever is sent, every member reads.</summary>
    public bool IsShared => turn.Activity.Conversation?.IsShared() == true;

    /// <summary>Sends a card; returns the channel's id of the message.</summary>
    public async Task<string?> SendAsync(Card card, CancellationToken ct)
    {
        card = ForConversation(card);
        var id = (await turn.SendActivityAsync(replies.ToActivity(card, channel), ct)).Id;
        await tracker.TrackAsync(turn.Activity.ChannelId, turn.Activity.Conversation, card, id, ct);
        return id;
    }

    /// <summary>
    /// Replaces the card whose button was pressed (so it cannot be pressed again): the one the channel names,
    /// or <paramref name="shown"/> when it names none (Web Chat); else sends a new message.
    /// </summary>
    public async Task ReplaceAsync(Card card, CancellationToken ct, string? shown = null)
    {
        card = ForConversation(card);
        if ((turn.Activity.ReplyToId is { Length: > 0 } named ? named : shown) is { Length: > 0 } pressed && await TryUpdateAsync(card, pressed, ct))
        {
            // Now current: the case's change this press made does not redraw it a second time.
            await tracker.TrackAsync(turn.Activity.ChannelId, turn.Activity.Conversation, card, pressed, ct);
            return;
        }

        await SendAsync(card, ct);
    }

    /// <summary>
    /// A case card never goes to a group chat or team channel: every member would read the case and could use its
    /// reader's signed file links. The notice sends the person to his personal chat.
    /// </summary>
    private Card ForConversation(Card card) => IsShared && card.Shows is not null ? CaseLookup.PrivateOnly() : card;

    private async Task<bool> TryUpdateAsync(Card card, string pressed, CancellationToken ct)
    {
        if (!channel.UpdatesInPlace)
        {
            return false;
        }

        try
        {
            await turn.UpdateActivityAsync(replies.ToActivity(card, channel) with { Id = pressed }, ct);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or Channels.BotFramework.Connector.ConnectorException)
        {
            // Not every channel updates messages; a new message answers instead.
            return false;
        }
    }
}
