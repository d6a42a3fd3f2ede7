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
        if (turn.Person is not { } person || turn.Activity.ChannelId is not { } channelId || turn.Activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        if (await store.FindOpenAsync(channelId, conversationId, ct) is { } open)
        {
            // Asked again while waiting: where he stands; while an agent has it, the relay already carries his words.
            if (open.Status == HandoffStatus.Waiting && await queue.PlaceOfAsync(open, ct) is { } place)
            {
                await turn.Reply.SendAsync(HandoffNotices.Notice(HandoffText.Get("AlreadyWaiting", place.Number)), ct);
            }

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

        var critical = reason == HandoffReason.CriticalIncident;
        var now = clock.GetUtcNow();
        var back = calendar.NextWorkingMoment(agency.JurisdictionCode, now);
        if (back > now && !critical)
        {
            await turn.Reply.SendAsync(HandoffNotices.OutsideHours(back), ct);
            return;
        }

        var context = await contexts.ReadAsync(person, unit, form?.Session, conversationId, words, ct);
        var h = new HandoffRequest
        {
            JurisdictionCode = agency.JurisdictionCode, AgencyId = agency.Id, RequesterId = person.Person.Id, ChannelId = channelId,
            ConversationId = conversationId, Reason = reason, Critical = critical, RequestedAt = now, Context = context.Write(),
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
