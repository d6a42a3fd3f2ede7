using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Cases;

/// <summary>
/// A case's agency deadlines from its procedure's rules: when each clock starts (submission, receipt of the information,
/// the agency's receipt of a valid case, complete information, a date of the form), and how a paused clock keeps the
/// time it had left, in working or calendar time as the rule counts.
/// </summary>
public sealed class CaseDeadlines(IDeadlineCalculator calendar, ProcedureCatalog catalog)
{
    /// <summary>The receipt clock of the jurisdiction's policy, started now; null when the regulation sets none.</summary>
    public DateTimeOffset? ReceiptDue(Procedure p, DateTimeOffset now) =>
        catalog.FindJurisdiction(p.JurisdictionCode)?.Policy.Receipt is { } rule ? calendar.ComputeDue(p.JurisdictionCode, rule, now) : null;

    /// <summary>
    /// The resolution due moment known when the case reaches the agency (sent, or confirmed by its unit): for rules counted
    /// from submission, receipt of the information or a date of the form; null for those that wait for the agency.
    /// </summary>
    public DateTimeOffset? ResolutionDueOnArrival(Procedure p, Case c, DateTimeOffset now) => p.Deadline.From switch
    {
        DeadlineStart.Submission or DeadlineStart.Receipt => calendar.ComputeDue(p.JurisdictionCode, p.Deadline, now),
        DeadlineStart.FormDate => FromForm(p, c),
        _ => null,
    };

    /// <summary>The resolution due moment when the agency receives the case: the one running since its arrival, or one started now.</summary>
    public DateTimeOffset? ResolutionDueOnReceipt(Procedure p, Case c, DateTimeOffset now) => p.Deadline.From switch
    {
        DeadlineStart.Submission or DeadlineStart.Receipt => c.ResolutionDueAt ?? calendar.ComputeDue(p.JurisdictionCode, p.Deadline, c.SubmittedAt ?? now),
        DeadlineStart.FormDate => FromForm(p, c),
        _ => calendar.ComputeDue(p.JurisdictionCode, p.Deadline, now),
    };

    /// <summary>The time the running clock has left, to keep while it is paused.</summary>
    public TimeSpan Left(Procedure p, DateTimeOffset now, DateTimeOffset due) =>
        p.Deadline.CountsCalendarTime ? (due > now ? due - now : TimeSpan.Zero) : calendar.WorkingTimeBetween(p.JurisdictionCode, now, due);

    /// <summary>The due moment of a clock resumed now with <paramref name="left"/>.</summary>
    public DateTimeOffset Resume(Procedure p, DateTimeOffset now, TimeSpan left) =>
        p.Deadline.CountsCalendarTime ? now + left : calendar.AddWorkingTime(p.JurisdictionCode, now, left);

    /// <summary>The due moment of the procedure's rule started now (complete information, a reopened case).</summary>
    public DateTimeOffset? StartedNow(Procedure p, DateTimeOffset now) => calendar.ComputeDue(p.JurisdictionCode, p.Deadline, now);

    private DateTimeOffset? FromForm(Procedure p, Case c) =>
        FormDates.Moment(c.Answers.Text(p.Deadline.FromField ?? "")) is { } start ? calendar.ComputeDue(p.JurisdictionCode, p.Deadline, start) : null;
}
