using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Cases;

/// <summary>
/// The requester's own deadlines of a procedure (its milestones for the requester counted from a date of the form), from
/// the answers given so far: shown on the case, late filings marked, unfinished drafts reminded before they end.
/// </summary>
public sealed class RequesterDeadlines(IDeadlineCalculator calendar)
{
    /// <param name="stored">A field's answer as stored ("2026-11-01"); null when not given.</param>
    public IReadOnlyList<RequesterDeadline> Of(Procedure p, Func<string, string?> stored) =>
    [
        .. from m in p.Milestones
           where m.Party == MilestoneParty.Requester && m.Deadline.From == DeadlineStart.FormDate
           let start = FormDates.Moment(stored(m.Deadline.FromField!))
           where start is not null
           let due = calendar.ComputeDue(p.JurisdictionCode, m.Deadline, start.Value)
           where due is not null
           select new RequesterDeadline(m, start.Value, due.Value),
    ];

    public IReadOnlyList<RequesterDeadline> Of(Procedure p, Case c) => Of(p, c.Answers.Text);
}
