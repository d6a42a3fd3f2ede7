using System.Text.Json;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Handoff;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff;

/// <summary>"Gặp cán bộ" on the help cards, and the hand-off's own buttons: take (an agent's offer), end, withdraw.</summary>
public sealed class HandoffButtons(IHandoffStore store, IDirectoryStore directory, HandoffRequests requests, HandoffDesk desk) : ICardButton
{
    public async Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        if (action == CardData.AskHuman)
        {
            await requests.RequestAsync(turn, HandoffReason.Button, null, ct);
            return true;
        }

        if (!HandoffActions.IsHandoffAction(action))
        {
            return false;
        }

        var id = Guid.TryParseExact(CardData.Text(value, HandoffActions.IdKey), "N", out var named) ? named : (Guid?)null;
        if (action == HandoffActions.Take && id is { } offered)
        {
            await TakeAsync(turn, person, offered, ct);
        }
        else if (id is { } held && await store.FindAsync(held, ct) is { Status: HandoffStatus.Active } h && h.AgentId == person.Person.Id)
        {
            await desk.EndAsync(h, HandoffEnd.ByAgent, turn.Reply, ct);
        }
        else if (await store.FindOpenAsync(turn.Activity.ChannelId ?? "", turn.Activity.Conversation?.Id ?? "", ct) is { } open && open.RequesterId == person.Person.Id)
        {
            await EndOrRefuseAsync(turn, action, open, ct);
        }
        else
        {
            await turn.Reply.SendAsync(HandoffNotices.Notice(HandoffText.Get("RequestClosed")), ct);
        }

        return true;
    }

    /// <summary>"Hủy yêu cầu" withdraws a request still waiting; once an agent has it, only "Kết thúc" ends the conversation.</summary>
    private async Task EndOrRefuseAsync(Turn turn, string action, HandoffRequest open, CancellationToken ct)
    {
        if (action == HandoffActions.Cancel && open is { Status: HandoffStatus.Active, AgentId: { } agentId })
        {
            var agent = await directory.FindPersonAsync(agentId, ct);
            await turn.Reply.SendAsync(HandoffNotices.CancelTooLate(agent is null ? "" : HandoffRelay.AgentName(agent)), ct);
            return;
        }

        await desk.EndAsync(open, HandoffEnd.ByRequester, turn.Reply, ct);
    }

    private async Task TakeAsync(Turn turn, PersonRoles person, Guid id, CancellationToken ct)
    {
        var (outcome, h, other) = await desk.TakeAsync(id, person, turn.Activity.ChannelId, turn.Activity.Conversation?.Id, ct);
        var context = h is null ? null : HandoffContext.Read(h.Context);
        switch (outcome)
        {
            case HandoffDesk.TakeOutcome.Taken:
                await turn.Reply.ReplaceAsync(HandoffNotices.AgentTaken(id, context!.RequesterName, context.UnitName, transferred: false), ct);
                break;
            case HandoffDesk.TakeOutcome.TakenByOther:
                // The offer as it now stands (who took it), and why nothing else happened.
                await turn.Reply.ReplaceAsync(HandoffOfferCard.Create(h!, context!, other), ct);
                await turn.Reply.SendAsync(HandoffNotices.Refused(HandoffText.Get("TakenByOther", other ?? "")), ct);
                break;
            default:
                await turn.Reply.SendAsync(HandoffNotices.Refused(HandoffText.Get("RequestClosed")), ct);
                break;
        }
    }
}
