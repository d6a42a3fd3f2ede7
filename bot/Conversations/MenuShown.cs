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
        await states.DeleteAsync(key, ct);
        if (card.IsMenu) await states.SaveAsync(key, activityId ?? "", null, clock.GetUtcNow(), ct);
    }

    public async Task<bool> IsLastAsync(string? channelId, ConversationAccount? conversation, CancellationToken ct) =>
        conversation?.Id is { } id && await states.GetAsync(Key(channelId, id), ct) is not null;

    private static string Key(string? channelId, string conversationId) => $"menu:{channelId}:{conversationId}";
}
