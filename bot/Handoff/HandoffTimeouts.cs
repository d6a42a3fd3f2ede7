using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// A wait ran out, on the service's clock: no agent took the request in time, or the agent said nothing for too long.
/// The bot then takes the conversation back, says so and offers to leave a case. A row whose wait was met meanwhile does nothing.
/// </summary>
public sealed class HandoffTimeouts(IHandoffStore store, HandoffDesk desk, IOptions<HandoffOptions> options, TimeProvider clock) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (HandoffPayload.Read(message) is not { Timeout: { } wait } payload || await store.FindAsync(payload.HandoffId, cancellationToken) is not { } h)
        {
            return OutboxResult.Cancelled("The request is gone.");
        }

        var ranOut = wait switch
        {
            HandoffEnd.NoAgent => h.Status == HandoffStatus.Waiting,
            // Each word of the agent queued a later row; only the one after his last word ends it.
            HandoffEnd.AgentSilent => h.Status == HandoffStatus.Active
                && (h.LastAgentMessageAt ?? h.TakenAt ?? h.RequestedAt) + options.Value.AgentSilence <= clock.GetUtcNow(),
            _ => false,
        };
        if (ranOut)
        {
            await desk.EndAsync(h, wait, null, cancellationToken);
        }

        return OutboxResult.Done();
    }
}
