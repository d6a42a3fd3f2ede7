using System.Collections.Frozen;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Notifications;

/// <summary>The sentence on top of a case message: what happened, said to the requester's side or to the people handling it.</summary>
public static class NotificationHeadlines
{
    public static string For(NotificationPayload n, Case c, CaseRole viewer)
    {
        var code = c.Code ?? "—";
        // The texts end the sentence themselves: "cần bổ sung: {1}." must not end in "..".
        var note = (c.Timeline.FirstOrDefault(e => e.Id == n.EventId)?.Note ?? "").TrimEnd().TrimEnd('.');
        var requesterSide = (viewer & (CaseRole.Requester | CaseRole.UnitFocalPoint)) != CaseRole.None;
        string Text(string key, params object[] args) => Said(c, key, args);
        return (n.Action, n.ToStatus, requesterSide) switch
        {
            (CaseAction.Submit, CaseStatus.AwaitingConfirmation, _) => Text("AwaitingConfirmation", code),
            (CaseAction.Submit or CaseAction.ConfirmForUnit, _, false) => Text(c.IsQuestion ? "NewQuestion" : "NewCase", code),
            (CaseAction.ConfirmForUnit, _, true) => Text("Confirmed", code),
            (CaseAction.Receive, _, _) => Text("Received", code),
            (CaseAction.RefuseInvalid, _, _) => Text("Refused", code, note),
            (CaseAction.StartProcessing, _, _) => Text("Processing", code),
            (CaseAction.RequestSupplement, _, _) => Text("SupplementRequested", code, note),
            (CaseAction.Supplement, _, _) => Text("Supplemented", code),
            (CaseAction.Resolve, CaseStatus.AwaitingApproval, false) => Text("AwaitingApprovalForYou", code),
            (CaseAction.Resolve, CaseStatus.AwaitingApproval, true) => Text("AwaitingApproval", code),
            (CaseAction.Resolve or CaseAction.Approve, _, true) when c.Result?.Responder is { } answered =>
                Text("Answered", code, answered.Name, answered.Position, answered.Agency),
            (CaseAction.Resolve or CaseAction.Approve, _, true) when c.Result is { } r =>
                Text("Resolved", code, r.DocumentNumber, VietnamTime.Format(r.DocumentDate)),
            (CaseAction.Approve, _, _) => Text("Approved", code),
            (CaseAction.ReturnForRework, _, _) => Text("Rework", code, note),
            (CaseAction.Reject, _, _) => Text("Rejected", code, note),
            (CaseAction.Reopen, _, _) => Text("Reopened", code, note),
            (CaseAction.Withdraw, _, _) => Text("Withdrawn", code),
            (CaseAction.Assign, _, _) => Text("Assigned", code),
            (CaseAction.MoveToStage, _, _) => Text("StageMoved", code, note),
            _ => Text("Changed", code, CaseTexts.Status(n.ToStatus ?? c.Status)),
        };
    }

    /// <summary>A reminder about a case: what is due or late, with the moment it concerns.</summary>
    public static string ForReminder(NotificationPayload n, Case c)
    {
        var key = n.Reminder == "ResolutionDueSoon" && c.Status == CaseStatus.AwaitingApproval ? "ApprovalDueSoon" : n.Reminder ?? "Changed";
        return Said(c, key, c.Code ?? "—", Moment(n.Due), Moment(n.ExpectedAt));
    }

    public static string Moment(DateTimeOffset? moment) =>
        moment is { } m ? VietnamTime.Format(m) : "—";

    /// <summary>A question is told as a question ("Câu hỏi ... đến hạn trả lời"), never as a case; the texts naming neither are shared.</summary>
    private static string Said(Case c, string key, params object[] args) =>
        NotificationText.Get(c.IsQuestion && !Shared.Contains(key) ? "Question" + key : key, null, args);

    /// <summary>Texts with no question variant: already about a question, or about a document result a question never has.</summary>
    private static readonly FrozenSet<string> Shared = new[] { "NewCase", "NewQuestion", "Answered", "Resolved" }.ToFrozenSet();
}
