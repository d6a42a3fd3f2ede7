using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Cards.Model;

namespace InternalTthc.Bot.Conversations;

/// <summary>Makes the <see cref="ConversationReply"/> of a turn, and sends cards to a stored conversation the way the outbox reaches people.</summary>
public sealed class ConversationReplies(CardReplies cards, IEnumerable<IReplyHook> hooks, ProactiveTurns proactive)
{
    private readonly IReplyHook[] _hooks = [.. hooks];

    public ConversationReply For(ITurnContext turn, ChannelCapabilities channel) => new(turn, channel, cards, _hooks, this);

    /// <inheritdoc cref="ConversationReply.SendToAsync"/>
    public async Task<string?> SendToAsync(ConversationReference target, Card card, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        string? id = null;
        await proactive.ContinueConversationAsync(target, async (turn, token) => id = await For(turn, ChannelRegistry.For(target.ChannelId)).SendAsync(card, token), ct);
        return id;
    }
}
