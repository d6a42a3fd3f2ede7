using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>
/// Remembers the case cards a channel now shows (a turn's reply, a proactive message, a card a Teams action redrew),
/// so that the case's later changes update them in place (<see cref="Notifications.CaseCardUpdater"/>).
/// Channels that cannot edit a sent message (the terminal, Zalo) are left out.
/// </summary>
public sealed class CaseCardTracker(IShownCaseCards shown, ICaseStore cases, IOutboxStore outbox, TimeProvider clock)
{
    /// <param name="activityId">The channel's id of the message that shows <paramref name="card"/>.</param>
    public async Task TrackAsync(string? channelId, ConversationAccount? conversation, Card card, string? activityId, CancellationToken ct)
    {
        if (card.Shows is not { } shows || !ChannelRegistry.For(channelId).UpdatesInPlace || channelId is null
            || conversation?.Id is not { Length: > 0 } conversationId || activityId is not { Length: > 0 })
        {
            return;
        }

        await shown.RecordAsync(new ShownCaseCard
        {
            CaseId = shows.CaseId,
            ChannelId = channelId,
            ConversationId = conversationId,
            ActivityId = activityId,
            ViewerId = shows.ViewerId,
            CaseVersion = shows.Version,
            Headline = shows.Headline,
            ShownAt = clock.GetUtcNow(),
        }, ct);

        // Drawn before a change committed meanwhile (a press answered while a colleague acted): the update of that change
        // may have reached the channel first and been overwritten by this older card, so the cards are looked at again.
        if (await cases.FindVersionAsync(shows.CaseId, ct) > shows.Version)
        {
            await outbox.AddAsync([CaseCardsPayload.ForStaleCard(shows.CaseId, clock.GetUtcNow())], ct);
        }
    }
}
