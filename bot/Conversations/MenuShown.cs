using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// Whether the greeting menu is the last card a conversation shows: Web Chat greets when it opens, and a person's "xin
/// chào" right after it then gets a short answer pointing at that menu instead of a second one.
/// </summary>
public sealed class MenuShown(IConversationStateStore states, TimeProvider clock) : IReplyHook
{
    public Card Fit(Card card, bool shared) => card;

    public async Task ShownAsync(string? channelId, ConversationAccount? conversation, Card card, string? activityId, CancellationToken ct)
    {
        if (conversation?.Id is not { } id) return;
        var key = Key(channelId, id);
        // Written only when it changes (the greeting turn has already read it): a card after the menu, or the menu after another card.
        var last = await states.GetAsync(key, ct);
        if (card.IsMenu && last is null) await states.SaveAsync(key, activityId ?? "", null, clock.GetUtcNow(), ct);
        else if (!card.IsMenu && last is not null) await states.DeleteAsync(key, ct);
    }

    public async Task<bool> IsLastAsync(string? channelId, ConversationAccount? conversation, CancellationToken ct) =>
        conversation?.Id is { } id && await states.GetAsync(Key(channelId, id), ct) is not null;

    internal static string Key(string? channelId, string conversationId) => $"menu:{channelId}:{conversationId}";
}
