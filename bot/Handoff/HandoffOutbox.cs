using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// The outbox rows of a hand-off: an offer card for each agent to tell (online agents of the agency, and its on-call
/// people for a critical incident), and the time-outs, due at their moment on the service's clock.
/// </summary>
public sealed class HandoffOutbox(IDirectoryStore directory, IHandoffStore store, IOutboxStore outbox, IOptions<HandoffOptions> options, TimeProvider clock)
{
    /// <summary>Whom a new request of the agency is offered to: only online agents, and for a critical incident its on-call people at any hour.</summary>
    public async Task<IReadOnlyList<Guid>> OfferedToAsync(Guid agencyId, bool critical, CancellationToken ct)
    {
        var agents = (await directory.ListHoldersAsync(agencyId, Role.Agent, ct)).Select(p => p.Id).ToList();
        var offered = (await store.OnlineAsync(agents, ct)).ToList();
        if (critical)
        {
            offered.AddRange((await directory.ListHoldersAsync(agencyId, Role.OnCall, ct)).Select(p => p.Id));
        }

        return [.. offered.Distinct()];
    }

    /// <summary>The rows a new request leads to: its offers and its wait for an agent.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ForNewAsync(HandoffRequest h, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var offers = h.Status == HandoffStatus.Waiting
            ? (await OfferedToAsync(h.AgencyId, h.Critical, ct)).Select(agent => HandoffPayload.Offer(h.Id, agent, now))
            : [];
        var timeout = h.Status == HandoffStatus.Waiting
            ? HandoffPayload.TimeoutAt(h.Id, HandoffEnd.NoAgent, now + options.Value.WaitForAgent, now)
            : HandoffPayload.TimeoutAt(h.Id, HandoffEnd.AgentSilent, now + options.Value.AgentSilence, now);
        return [.. offers, timeout];
    }

    /// <summary>After a take: the offers shown say who took it, the others waiting move up, and the agent's silence is timed.</summary>
    public Task TakenAsync(HandoffRequest h, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return outbox.AddAsync([HandoffPayload.OffersTaken(h.Id, now), HandoffPayload.QueueMoved(h.Id, now), SilenceFrom(h.Id, now)], ct);
    }

    /// <summary>After an end: the offers still shown say so, and the others waiting move up.</summary>
    public Task EndedAsync(HandoffRequest h, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return outbox.AddAsync([HandoffPayload.OffersTaken(h.Id, now), HandoffPayload.QueueMoved(h.Id, now)], ct);
    }

    /// <summary>The time-out of the agent's silence counted from <paramref name="lastWord"/>.</summary>
    public OutboxMessage SilenceFrom(Guid handoffId, DateTimeOffset lastWord) =>
        HandoffPayload.TimeoutAt(handoffId, HandoffEnd.AgentSilent, lastWord + options.Value.AgentSilence, clock.GetUtcNow());

    public Task AddAsync(IReadOnlyCollection<OutboxMessage> rows, CancellationToken ct) => outbox.AddAsync(rows, ct);
}
