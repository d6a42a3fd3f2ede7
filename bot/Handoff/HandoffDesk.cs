using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Handoff.Console;
using InternalTthc.Cards.Handoff;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// What agents do with a request, from their chat or the console: take it (the first one wins, the store decides),
/// pass it to a colleague, end it; and what ends it on its own (the requester, the time-outs). Each side is told.
/// </summary>
public sealed class HandoffDesk(
    IHandoffStore store, IDirectoryStore directory, HandoffConversations conversations, HandoffRelay relay, HandoffOutbox outbox, IHandoffSignals signals, TimeProvider clock)
{
    public enum TakeOutcome { Taken, TakenByOther, Closed, NotAllowed }

    /// <summary>Takes a waiting request; <paramref name="chatChannelId"/> and <paramref name="chatConversationId"/> name the agent's chat when he took it there.</summary>
    public async Task<(TakeOutcome Outcome, HandoffRequest? Handoff, string? Other)> TakeAsync(
        Guid id, PersonRoles agent, string? chatChannelId, string? chatConversationId, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } h)
        {
            return (TakeOutcome.Closed, null, null);
        }

        if (!MayHandle(agent, h))
        {
            return (TakeOutcome.NotAllowed, h, null);
        }

        if (!await store.TryTakeAsync(id, agent.Person.Id, chatChannelId, chatConversationId, clock.GetUtcNow(), ct))
        {
            var now = await store.FindAsync(id, ct);
            return now?.AgentId is { } other && now.Status == HandoffStatus.Active
                ? (TakeOutcome.TakenByOther, now, (await directory.FindPersonAsync(other, ct))?.FullName)
                : (TakeOutcome.Closed, now, null);
        }

        var taken = (await store.FindAsync(id, ct))!;
        await StartedAsync(taken, agent, tookOver: false, ct);
        await outbox.TakenAsync(taken, ct);
        return (TakeOutcome.Taken, taken, null);
    }

    /// <summary>An agent takes a person's conversation over unasked (a stuck form): active at once, the person told.</summary>
    public async Task<HandoffRequest?> TakeOverAsync(PersonRoles agent, Guid agencyId, PersonRoles requester, string channelId, string conversationId, HandoffContext context, CancellationToken ct)
    {
        if (!agent.Holds(Role.Agent, agencyId) || await store.FindOpenAsync(channelId, conversationId, ct) is not null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var h = new HandoffRequest
        {
            JurisdictionCode = (await directory.FindUnitAsync(agencyId, ct))!.JurisdictionCode, AgencyId = agencyId, RequesterId = requester.Person.Id,
            ChannelId = channelId, ConversationId = conversationId, Reason = HandoffReason.AgentTookOver, RequestedAt = now, Context = context.Write(),
            Status = HandoffStatus.Active, AgentId = agent.Person.Id, TakenAt = now, LastAgentMessageAt = now,
        };
        await store.AddAsync(h, await outbox.ForNewAsync(h, ct), ct);
        await StartedAsync(h, agent, tookOver: true, ct);
        return h;
    }

    /// <summary>Passes an active request to a colleague of the agency, in his own chat (and the console).</summary>
    public async Task<bool> TransferAsync(HandoffRequest h, PersonRoles from, PersonRoles to, CancellationToken ct)
    {
        if (h.AgentId != from.Person.Id || !to.Holds(Role.Agent, h.AgencyId) || to.Person.Id == from.Person.Id)
        {
            return false;
        }

        var chat = (await directory.ListChannelAccountsAsync([to.Person.Id], null, ct)).FirstOrDefault(a => a.ConversationReference is not null);
        var reference = chat is null ? null : await conversations.PersonalAsync(chat.ChannelId, chat.AccountId, ct);
        if (!await store.TryTransferAsync(h.Id, from.Person.Id, to.Person.Id, reference?.ChannelId, reference?.Conversation?.Id, clock.GetUtcNow(), ct))
        {
            return false;
        }

        var text = HandoffText.Get("TransferredBody", HandoffRelay.AgentName(to.Person));
        await conversations.SendAsync(h.ChannelId, h.ConversationId, HandoffNotices.Transferred(HandoffRelay.AgentName(to.Person)), ct);
        await relay.NoteAsync(h, text, ct);
        var context = HandoffContext.Read(h.Context);
        await conversations.SendAsync(reference?.ChannelId, reference?.Conversation?.Id, HandoffNotices.AgentTaken(h.Id, context?.RequesterName ?? "", context?.UnitName ?? "", transferred: true), ct);
        await outbox.AddAsync([outbox.SilenceFrom(h.Id, clock.GetUtcNow())], ct);
        return true;
    }

    /// <summary>
    /// Ends a request (an agent, the requester, a time-out); false when it had ended already. <paramref name="here"/> is the
    /// reply of the turn of the side that ended it, which hears it there; the other side is written to.
    /// </summary>
    public async Task<bool> EndAsync(HandoffRequest h, HandoffEnd reason, ConversationReply? here, CancellationToken ct)
    {
        if (!await store.TryEndAsync(h.Id, reason, clock.GetUtcNow(), ct))
        {
            return false;
        }

        var wasTaken = h.AgentId is not null;
        if (!wasTaken) await RetireWaitingCardAsync(h, HandoffText.Get("WaitingOver"), ct);
        var context = HandoffContext.Read(h.Context);
        var toRequester = HandoffNotices.Ended(reason, wasTaken, mayFile: context?.NotIdentified != true);
        if (reason == HandoffEnd.ByRequester && here is not null) await here.SendAsync(toRequester, ct);
        else await conversations.SendAsync(h.ChannelId, h.ConversationId, toRequester, ct);

        var requester = context?.RequesterName ?? "";
        if (wasTaken)
        {
            var toAgent = HandoffNotices.AgentEnded(requester, reason);
            if (reason == HandoffEnd.ByAgent && here is not null) await here.SendAsync(toAgent, ct);
            else await conversations.SendAsync(h.AgentChannelId, h.AgentConversationId, toAgent, ct);
        }

        await relay.NoteAsync(h, HandoffText.Get(reason switch
        {
            HandoffEnd.NoAgent => "EndedNoAgent",
            HandoffEnd.AgentSilent => "EndedAgentSilent",
            HandoffEnd.ByRequester => wasTaken ? "EndedByRequester" : "CancelledByRequester",
            _ => "EndedByAgent",
        }), ct);
        await conversations.StatusAsync(h, reason == HandoffEnd.NoAgent ? HandoffEvents.Failed : HandoffEvents.Completed, null, ct);
        await outbox.EndedAsync(h, ct);
        return true;
    }

    public async Task SetPresenceAsync(PersonRoles agent, bool online, CancellationToken ct)
    {
        await store.SetPresenceAsync(agent.Person.Id, online, clock.GetUtcNow(), ct);
        foreach (var agency in HandoffAgencies.Of(agent))
        {
            await signals.PublishAsync(new HandoffSignal(agency, Guid.Empty), ct);
        }
    }

    /// <summary>An agent of the request's agency, or (for a critical incident) one of its on-call people.</summary>
    public static bool MayHandle(PersonRoles agent, HandoffRequest h) =>
        agent.Holds(Role.Agent, h.AgencyId) || (h.Critical && agent.Holds(Role.OnCall, h.AgencyId));

    private async Task StartedAsync(HandoffRequest h, PersonRoles agent, bool tookOver, CancellationToken ct)
    {
        var name = HandoffRelay.AgentName(agent.Person);
        await RetireWaitingCardAsync(h, HandoffText.Get("TakenBody", name), ct);
        await conversations.SendAsync(h.ChannelId, h.ConversationId, HandoffNotices.Taken(name, tookOver), ct);
        await relay.NoteAsync(h, HandoffText.Get(tookOver ? "TookOverBody" : "TakenBody", name), ct);
        await conversations.StatusAsync(h, HandoffEvents.Accepted, name, ct);
    }

    /// <summary>The requester's waiting card loses its "Hủy yêu cầu" where the channel updates in place (a press on it elsewhere is refused).</summary>
    private async Task RetireWaitingCardAsync(HandoffRequest h, string body, CancellationToken ct)
    {
        if (h.StatusActivityId is { } shown)
        {
            await conversations.UpdateAsync(h.ChannelId, h.ConversationId, shown, HandoffNotices.WaitingOver(body), ct);
        }
    }
}
