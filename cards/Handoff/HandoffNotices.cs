using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Cards.Handoff;

/// <summary>The short messages of a hand-off, to the requester and to the agent.</summary>
public static class HandoffNotices
{
    /// <summary>The requester waits: his place in the queue and the expected wait, and how to withdraw.</summary>
    public static Card Waiting(Guid handoffId, int place, int minutes, bool critical)
    {
        var body = HandoffText.Get("WaitingBody", place, minutes);
        return NoticeCard.Create(HandoffText.Get("WaitingTitle"), critical ? $"{HandoffText.Get("WaitingCritical")} {body}" : body, TextRole.Body,
            new CardButton(HandoffText.Get("ButtonCancelRequest"), HandoffActions.Data(HandoffActions.Cancel, handoffId)) { Command = "kết thúc" });
    }

    /// <summary>The waiting card once the request no longer waits (taken, ended): the same title, what happened, no "Hủy yêu cầu".</summary>
    public static Card WaitingOver(string body) => NoticeCard.Create(HandoffText.Get("WaitingTitle"), body);

    /// <summary>
    /// Nobody is at work now: when they are back, and the offer to leave a case — only to someone who may file one (a
    /// person nobody identified is told to come back instead).
    /// </summary>
    public static Card OutsideHours(DateTimeOffset backAt, bool mayFile) => mayFile
        ? NoticeCard.Create(HandoffText.Get("OutsideHoursTitle"), HandoffText.Get("OutsideHoursBody", VietnamTime.Format(backAt)), TextRole.Warning, LeaveCase())
        : NoticeCard.Create(HandoffText.Get("OutsideHoursTitle"), HandoffText.Get("OutsideHoursGuestBody", VietnamTime.Format(backAt)), TextRole.Warning);

    public static Card Taken(string agent, bool tookOver) =>
        NoticeCard.Create(HandoffText.Get("TakenTitle"), HandoffText.Get(tookOver ? "TookOverBody" : "TakenBody", agent), TextRole.Good, EndButton());

    /// <summary>"Hủy yêu cầu" pressed after an agent took it: refused, with the way to end the conversation instead.</summary>
    public static Card CancelTooLate(string agent) =>
        NoticeCard.Create(HandoffText.Get("TakenTitle"), HandoffText.Get("CancelTooLate", agent), TextRole.Warning, EndButton());

    public static Card Transferred(string agent) => NoticeCard.Create(HandoffText.Get("TakenTitle"), HandoffText.Get("TransferredBody", agent));

    /// <summary>
    /// The requester is back with the bot, and why; when no agent came or the agent fell silent, the offer to leave a case —
    /// only to someone who may file one (a person nobody identified is offered to ask again, or to write in office hours).
    /// </summary>
    public static Card Ended(HandoffEnd reason, bool wasTaken, bool mayFile) => reason switch
    {
        HandoffEnd.NoAgent or HandoffEnd.AgentSilent => NoticeCard.Create(HandoffText.Get("EndedTitle"),
            HandoffText.Get((reason == HandoffEnd.NoAgent ? "EndedNoAgent" : "EndedAgentSilent") + (mayFile ? "" : "Guest")), TextRole.Warning,
            mayFile ? LeaveCase() : CommandButtons.For(CommandKind.Human)!),
        HandoffEnd.ByRequester => NoticeCard.Create(HandoffText.Get("EndedTitle"), HandoffText.Get(wasTaken ? "EndedByRequester" : "CancelledByRequester"), TextRole.Body, Menu()),
        _ => NoticeCard.Create(HandoffText.Get("EndedTitle"), HandoffText.Get("EndedByAgent"), TextRole.Body, Menu()),
    };

    /// <summary>The agent has the conversation in his chat: what he types there goes to the requester.</summary>
    public static Card AgentTaken(Guid handoffId, string requester, string unit, bool transferred) =>
        NoticeCard.Create(HandoffText.Get(transferred ? "AgentTransferredTitle" : "AgentTakenTitle"), HandoffText.Get("AgentTakenBody", requester, unit), TextRole.Good,
            new CardButton(HandoffText.Get("ButtonEnd"), HandoffActions.Data(HandoffActions.End, handoffId)) { Command = "kết thúc" });

    public static Card AgentEnded(string requester, HandoffEnd reason) => NoticeCard.Create(HandoffText.Get("AgentEndedTitle"), reason switch
    {
        HandoffEnd.ByRequester => HandoffText.Get("AgentEndedByRequester", requester),
        HandoffEnd.AgentSilent => HandoffText.Get("AgentEndedSilent", requester),
        _ => HandoffText.Get("AgentEndedBody", requester),
    });

    public static Card Refused(string text) => NoticeCard.Create(HandoffText.Get("OfferTitle"), text, TextRole.Warning);

    public static Card Presence(bool online) =>
        NoticeCard.Create(HandoffText.Get("PresenceTitle"), HandoffText.Get(online ? "PresenceOnline" : "PresenceAway"), online ? TextRole.Good : TextRole.Body);

    public static Card Notice(string text) => NoticeCard.Create(HandoffText.Get("OfferTitle"), text);

    private static CardButton EndButton() => new(HandoffText.Get("ButtonEnd"), CardData.Action(HandoffActions.End)) { Command = "kết thúc" };

    private static CardButton LeaveCase() => new(HandoffText.Get("ButtonLeaveCase"), CardData.Action(CardData.ShowMenu)) { Command = "menu" };

    private static CardButton Menu() => new(CardText.Get("ButtonMenu"), CardData.Action(CardData.ShowMenu)) { Command = "menu" };
}
