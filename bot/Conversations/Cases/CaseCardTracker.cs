using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>
/// Remembers the case cards a channel now shows (a turn's reply, a proactive message, a card a Teams action redrew),
/// so that the case's later changes update them in place (<see cref="Notifications.CaseCardUpdater"/>), or, where the
/// channel cannot edit a sent message (Zalo), are told in a new short message. A closed session (the terminal) is left out.
/// </summary>
public sealed class CaseCardTracker(IShownCaseCards shown, ICaseStore cases, IOutboxStore outbox, TimeProvider clock)
{
    /// <summary>How long the outbox waits for a press to record the card it redrew; a press takes well under a second.</summary>
    private static readonly TimeSpan PressHold = TimeSpan.FromSeconds(30);

    /// <summary>The kept record of the message <paramref name="activityId"/>: which case it shows, for whom, under which headline.</summary>
    public async Task<ShownCaseCard?> FindAsync(string? channelId, ConversationAccount? conversation, string? activityId, CancellationToken ct) =>
        channelId is null || conversation?.Id is not { Length: > 0 } conversationId || activityId is not { Length: > 0 }
            ? null
            : await shown.FindAsync(channelId, conversationId, activityId, ct);

    /// <summary>A press on the card is about to redraw it in its answer: the outbox must not draw it meanwhile from an older state.</summary>
    public Task HoldAsync(ShownCaseCard card, CancellationToken ct) => shown.HoldAsync(card.Id, clock.GetUtcNow() + PressHold, ct);

    /// <param name="activityId">The channel's id of the message that shows <paramref name="card"/>.</param>
    public async Task TrackAsync(string? channelId, ConversationAccount? conversation, Card card, string? activityId, CancellationToken ct)
    {
        if (card.Shows is not { } shows || !ChannelRegistry.For(channelId).KeepsConversations || channelId is null
            || conversation?.Id is not { Length: > 0 } conversationId || activityId is not { Length: > 0 })
        {
            return;
        }

        var superseded = await shown.RecordAsync(new ShownCaseCard
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
        // So are they when this card pushed an older one out of those kept current: that one is redrawn as an old card.
        if (superseded || await cases.FindVersionAsync(shows.CaseId, ct) > shows.Version)
        {
            await outbox.AddAsync([CaseCardsPayload.ForStaleCard(shows.CaseId, clock.GetUtcNow())], ct);
        }
    }
}
