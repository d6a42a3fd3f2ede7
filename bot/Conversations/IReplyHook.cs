using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Model;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// What one part of the bot adds to every card a <see cref="ConversationReply"/> shows, so that the reply itself stays
/// generic (the cases' rules are <see cref="Cases.CaseReplyHook"/>).
/// </summary>
public interface IReplyHook
{
    /// <summary>The card as it may be shown in the conversation; <paramref name="shared"/>: every member of a group chat or team channel reads it.</summary>
    Card Fit(Card card, bool shared);

    /// <summary>The channel now shows <paramref name="card"/> as its message <paramref name="activityId"/> (sent, or updated in place).</summary>
    Task ShownAsync(string? channelId, ConversationAccount? conversation, Card card, string? activityId, CancellationToken ct);
}
