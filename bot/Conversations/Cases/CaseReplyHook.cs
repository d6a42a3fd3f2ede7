using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Model;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>
/// Case cards in every reply: kept out of shared conversations, and remembered where shown so the case's later changes update
/// them. The tracker (with its stores) is made only for a case card: every reply passes here, few show a case.
/// </summary>
public sealed class CaseReplyHook(Lazy<CaseCardTracker> tracker) : IReplyHook
{
    /// <summary>
    /// A case card never goes to a group chat or team channel: every member would read the case and could use its
    /// reader's signed file links. The notice sends the person to his personal chat.
    /// </summary>
    public Card Fit(Card card, bool shared) => shared && card.Shows is not null ? CaseLookup.PrivateOnly() : card;

    public Task ShownAsync(string? channelId, ConversationAccount? conversation, Card card, string? activityId, CancellationToken ct) =>
        card.Shows is null ? Task.CompletedTask : tracker.Value.TrackAsync(channelId, conversation, card, activityId, ct);
}
