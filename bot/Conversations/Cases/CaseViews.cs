using System.Globalization;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>A case as people read it: Vietnamese status, local times, the working time left on the running clock.</summary>
public sealed class CaseViews(DeadlineStatusEvaluator deadlines)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public CaseView Create(Case c, Procedure procedure)
    {
        var running = c.Status == CaseStatus.Submitted ? c.ReceiptDueAt : CaseWorkflow.IsClosed(c.Status) || c.Status == CaseStatus.WaitingForSupplement ? null : c.ResolutionDueAt;
        var status = deadlines.Evaluate(c.JurisdictionCode, running);
        return new CaseView
        {
            Id = c.Id,
            Code = c.Code ?? "—",
            ProcedureName = procedure.Name,
            Status = CaseTexts.Status(c.Status),
            SubmittedAt = Moment(c.SubmittedAt),
            ReceiptDue = c.Status == CaseStatus.Submitted ? Moment(c.ReceiptDueAt) : null,
            ResolutionDue = Moment(c.ResolutionDueAt),
            TimeLeft = status.State switch
            {
                DeadlineState.Open => Hours(status.WorkingTimeLeft),
                DeadlineState.Overdue => Cards.Texts.CardText.Get("CaseOverdue", null, status.WorkingTimeOverdue.TotalHours.ToString("0.#", Vi)),
                _ => null,
            },
            Overdue = status.IsOverdue,
            Timeline = [.. c.Timeline.OrderBy(e => e.At).Select(e => (Moment(e.At)!, e.Note is null ? CaseTexts.Status(e.ToStatus) : $"{CaseTexts.Status(e.ToStatus)}: {e.Note}"))],
        };
    }

    private static string? Moment(DateTimeOffset? moment) =>
        moment is { } m ? VietnamTime.ToLocal(m).ToString("HH:mm dd/MM/yyyy", Vi) : null;

    private static string Hours(TimeSpan t) => Cards.Texts.CardText.Get("HoursLeft", null, t.TotalHours.ToString("0.#", Vi));
}
