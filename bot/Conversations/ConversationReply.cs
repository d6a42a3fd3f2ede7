using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Cards.Model;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// How the bot answers in one conversation: cards rendered for what its channel can show, the pressed card replaced
/// where the channel updates messages in place; and a card for another conversation, by its stored reference.
/// What other parts add to every card shown is theirs (<see cref="IReplyHook"/>).
/// </summary>
public sealed class ConversationReply(
    ITurnContext turn, ChannelCapabilities channel, CardReplies cards, IReadOnlyList<IReplyHook> hooks, ConversationReplies replies)
{
    /// <summary>What the conversation's channel can do.</summary>
    public ChannelCapabilities Channel => channel;

    /// <summary>A Teams group chat or team channel: whatever is sent, every member reads.</summary>
    public bool IsShared => turn.Activity.Conversation?.IsShared() == true;

    /// <summary>Sends a card; returns the channel's id of the message.</summary>
    public async Task<string?> SendAsync(Card card, CancellationToken ct)
    {
        card = Fit(card);
        var id = (await turn.SendActivityAsync(cards.ToActivity(card, channel), ct)).Id;
        await ShownAsync(card, id, ct);
        return id;
    }

    /// <summary>
    /// Replaces the card whose button was pressed (so it cannot be pressed again): the one the channel names,
    /// or <paramref name="shown"/> when it names none (Web Chat); else sends a new message.
    /// </summary>
    public async Task ReplaceAsync(Card card, CancellationToken ct, string? shown = null)
    {
        card = Fit(card);
        if ((turn.Activity.ReplyToId is { Length: > 0 } named ? named : shown) is { Length: > 0 } pressed && await TryUpdateAsync(card, pressed, ct))
        {
            // Now current: the change this press made does not redraw it a second time.
            await ShownAsync(card, pressed, ct);
            return;
        }

        await SendAsync(card, ct);
    }

    /// <summary>
    /// Sends a card to another conversation (a stored reference, on any channel), rendered for that channel; returns the
    /// channel's id of the message. A channel refusing it throws (<see cref="ConnectorException"/>, <see cref="HttpRequestException"/>,
    /// <see cref="InvalidOperationException"/>), for the caller to decide.
    /// </summary>
    public Task<string?> SendToAsync(ConversationReference target, Card card, CancellationToken ct) => replies.SendToAsync(target, card, ct);

    private Card Fit(Card card) => hooks.Aggregate(card, (fitted, hook) => hook.Fit(fitted, IsShared));

    private async Task ShownAsync(Card card, string? activityId, CancellationToken ct)
    {
        foreach (var hook in hooks)
        {
            await hook.ShownAsync(turn.Activity.ChannelId, turn.Activity.Conversation, card, activityId, ct);
        }
    }

    private async Task<bool> TryUpdateAsync(Card card, string pressed, CancellationToken ct)
    {
        if (!channel.UpdatesInPlace)
        {
            return false;
        }

        try
        {
            await turn.UpdateActivityAsync(cards.ToActivity(card, channel) with { Id = pressed }, ct);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or ConnectorException)
        {
            // A channel may still refuse this message's update; a new message answers instead.
            return false;
        }
    }
}
