using InternalTthc.Cards.Handoff;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Handoff;

/// <summary>Once a request is taken (or ends), every other agent's offer card says so, updated in place where the channel can.</summary>
public sealed class HandoffOffersUpdater(IHandoffStore store, IDirectoryStore directory, HandoffConversations conversations) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (HandoffPayload.Read(message) is not { } payload
            || await store.FindAsync(payload.HandoffId, cancellationToken) is not { } h || HandoffContext.Read(h.Context) is not { } context)
        {
            return OutboxResult.Cancelled("The request is gone.");
        }

        var takenBy = h.AgentId is { } agent ? (await directory.FindPersonAsync(agent, cancellationToken))?.FullName : null;
        var card = HandoffOfferCard.Create(h, context, takenBy);
        // The taker's own card already shows that he has it (his press replaced it).
        foreach (var offer in (await store.OffersAsync(h.Id, cancellationToken)).Where(o => o.AgentId != h.AgentId))
        {
            await conversations.UpdateAsync(offer.ChannelId, offer.ConversationId, offer.ActivityId, card, cancellationToken);
        }

        return OutboxResult.Done();
    }
}
