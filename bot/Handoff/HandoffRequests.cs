using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Bot.Handoff.Console;
using InternalTthc.Cards.Handoff;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// A person asks for a person (words, a button, twice not understood, a critical incident, <c>handoff.initiate</c>): the
/// request, with its context, goes to the right agency's queue and its online agents (on-call people too for a critical
/// incident, at any hour); he is told his place and the expected wait. Outside office hours he is told when agents are
/// back and offered to leave a case instead.
/// </summary>
public sealed class HandoffRequests(
    IHandoffStore store, IDirectoryStore directory, HandoffAgencies agencies, HandoffContextReader contexts, HandoffQueue queue,
    HandoffOutbox outbox, IDeadlineCalculator calendar, IHandoffSignals signals, TimeProvider clock)
{
    public async Task RequestAsync(Turn turn, HandoffReason reason, string? words, CancellationToken ct)
    {
        if (turn.Person is not { } person || await AlreadyOpenAsync(turn, ct) is not false)
        {
            return;
        }

        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct);
        var form = await contexts.OpenFormAsync(person.Person.Id, ct);
        var agency = unit is null ? null : await agencies.ForAsync(unit, form?.Procedure, form?.Answers ?? Core.Cases.FormAnswers.Empty, ct);
        if (unit is null || agency is null)
        {
            await turn.Reply.SendAsync(HandoffNotices.Refused(HandoffText.Get("NoAgency")), ct);
            return;
        }

        await OpenAsync(turn, agency, person.Person.Id, reason, token => contexts.ReadAsync(person, unit, form?.Session, turn.Activity.Conversation!.Id!, words, token), ct);
    }

    /// <summary>
    /// Whether the conversation already has a request open (he is told where he stands while it waits; while an agent has
    /// it, the relay already carries his words); null when the turn names no conversation.
    /// </summary>
    public async Task<bool?> AlreadyOpenAsync(Turn turn, CancellationToken ct)
    {
        if (turn.Activity.ChannelId is not { } channelId || turn.Activity.Conversation?.Id is not { } conversationId)
        {
            return null;
        }

        if (await store.FindOpenAsync(channelId, conversationId, ct) is not { } open)
        {
            return false;
        }

        if (open.Status == HandoffStatus.Waiting && await queue.PlaceOfAsync(open, ct) is { } place)
        {
            await turn.Reply.SendAsync(HandoffNotices.Notice(HandoffText.Get("AlreadyWaiting", place.Number)), ct);
        }

        return true;
    }

    /// <summary>
    /// Puts the request in <paramref name="agency"/>'s queue for <paramref name="requesterId"/> (a person, or an id of its own
    /// for a requester nobody identified) and tells him his place; outside office hours only when he is told agents are back.
    /// </summary>
    public async Task OpenAsync(Turn turn, Unit agency, Guid requesterId, HandoffReason reason, Func<CancellationToken, Task<HandoffContext>> context, CancellationToken ct)
    {
        var critical = reason == HandoffReason.CriticalIncident;
        var now = clock.GetUtcNow();
        var back = calendar.NextWorkingMoment(agency.JurisdictionCode, now);
        if (back > now && !critical)
        {
            await turn.Reply.SendAsync(HandoffNotices.OutsideHours(back, mayFile: turn.Person is not null), ct);
            return;
        }

        var h = new HandoffRequest
        {
            JurisdictionCode = agency.JurisdictionCode, AgencyId = agency.Id, RequesterId = requesterId, ChannelId = turn.Activity.ChannelId!,
            ConversationId = turn.Activity.Conversation!.Id!, Reason = reason, Critical = critical, RequestedAt = now, Context = (await context(ct)).Write(),
        };
        await store.AddAsync(h, await outbox.ForNewAsync(h, ct), ct);
        await signals.PublishAsync(new HandoffSignal(h.AgencyId, h.Id), ct);
        if (await queue.PlaceOfAsync(h, ct) is { } told)
        {
            var shown = await turn.Reply.SendAsync(HandoffNotices.Waiting(h.Id, told.Number, told.Minutes, critical), ct);
            await store.SetToldAsync(h.Id, shown, told.Number, ct);
        }
    }
}
