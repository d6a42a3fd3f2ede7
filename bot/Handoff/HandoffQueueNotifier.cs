using InternalTthc.Bot.Channels;
using InternalTthc.Cards.Handoff;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// The queue moved (a request was taken or ended): each requester still waiting in it sees his new place and wait —
/// his status message updated in place where the channel can, else a short new message only when it changed
/// meaningfully (he is next, or moved up two places or more).
/// </summary>
public sealed class HandoffQueueNotifier(IHandoffStore store, HandoffQueue queue, HandoffConversations conversations) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (HandoffPayload.Read(message) is not { } payload || await store.FindAsync(payload.HandoffId, cancellationToken) is not { } moved)
        {
            return OutboxResult.Cancelled("The request is gone.");
        }

        foreach (var waiting in await queue.WaitingAsync(moved.AgencyId, cancellationToken))
        {
            if (await queue.PlaceOfAsync(waiting, cancellationToken) is not { } place || place.Number == waiting.ToldPlace)
            {
                continue;
            }

            var card = HandoffNotices.Waiting(waiting.Id, place.Number, place.Minutes, waiting.Critical);
            if (waiting.StatusActivityId is { } shown && ChannelRegistry.For(waiting.ChannelId).UpdatesInPlace
                && await conversations.UpdateAsync(waiting.ChannelId, waiting.ConversationId, shown, card, cancellationToken))
            {
                await store.SetToldAsync(waiting.Id, shown, place.Number, cancellationToken);
            }
            else if (place.Number == 1 || waiting.ToldPlace is not { } told || told - place.Number >= 2)
            {
                var sent = await conversations.SendAsync(waiting.ChannelId, waiting.ConversationId, card, cancellationToken);
                await store.SetToldAsync(waiting.Id, sent ?? waiting.StatusActivityId, place.Number, cancellationToken);
            }
        }

        return OutboxResult.Done();
    }
}
