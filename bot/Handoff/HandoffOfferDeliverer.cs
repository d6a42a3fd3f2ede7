using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Notifications;
using InternalTthc.Cards.Handoff;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// Sends one agent the offer of a waiting request, in his own chat (Teams, Web Chat, later Zalo), through the outbox like
/// every other message; remembers where it is shown, so that it says who took it once someone does.
/// </summary>
public sealed class HandoffOfferDeliverer(IHandoffStore store, IDirectoryStore directory, PersonalDelivery delivery) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (HandoffPayload.Read(message) is not { RecipientId: { } agentId } payload)
        {
            return OutboxResult.Failed("Unreadable hand-off offer payload.");
        }

        if (await store.FindAsync(payload.HandoffId, cancellationToken) is not { Status: HandoffStatus.Waiting } h || HandoffContext.Read(h.Context) is not { } context)
        {
            return OutboxResult.Cancelled("The request is no longer waiting.");
        }

        if (await directory.GetPersonRolesAsync(agentId, cancellationToken) is not { } agent || !HandoffDesk.MayHandle(agent, h))
        {
            return OutboxResult.Cancelled("The recipient no longer handles this agency's requests.");
        }

        // An offer is worth nothing later: an agent who never wrote to the bot sees it in the console. Where it is shown is
        // kept with the send, so that it says who took it once someone does.
        var outcome = await delivery.SendAsync(message, agentId, _ => Task.FromResult<Card?>(HandoffOfferCard.Create(h, context, null)), waitForContact: false,
            async (reference, activityId, _, token) =>
            {
                if (reference is { ChannelId: { } channelId, Conversation.Id: { } conversationId } && activityId is not null
                    && ChannelRegistry.For(channelId).UpdatesInPlace)
                {
                    await store.AddOfferAsync(new HandoffOffer
                    {
                        HandoffId = h.Id, AgentId = agentId, ChannelId = channelId, ConversationId = conversationId, ActivityId = activityId,
                    }, token);
                }
            }, cancellationToken);
        return outcome.Result;
    }
}
