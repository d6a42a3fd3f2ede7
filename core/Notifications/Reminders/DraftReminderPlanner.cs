using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// When to remind a person of his unfinished request while his own deadline runs: the policy's working days before
/// the deadline's last day, at the opening of office hours, from now on.
/// </summary>
public sealed class DraftReminderPlanner(IDeadlineCalculator calendar, ProcedureCatalog catalog, RequesterDeadlines deadlines)
{
    /// <param name="stored">The draft's answers as stored (dates as yyyy-MM-dd).</param>
    public IReadOnlyList<DraftReminderPayload> Plan(Procedure p, Guid personId, Guid draftId, Func<string, string?> stored, DateTimeOffset now)
    {
        var days = catalog.RemindersFor(p).BeforeRequesterDueDays;
        return
        [
            .. from d in deadlines.Of(p, stored)
               from n in days
               let at = calendar.NextWorkingMoment(p.JurisdictionCode, VietnamTime.StartOf(calendar.WorkingDaysBefore(VietnamTime.DayOf(d.Due), n)))
               where at > now && at < d.Due
               select new DraftReminderPayload(personId, draftId, p.Code, d.Milestone.Name, d.Due, at),
        ];
    }

    /// <summary>Whether the draft's answers still give the deadline a reminder was planned for (a changed date moves it).</summary>
    public bool StillDue(Procedure p, DraftReminderPayload reminder, Func<string, string?> stored) =>
        deadlines.Of(p, stored).Any(d => d.Milestone.Name == reminder.Milestone && d.Due == reminder.Due);
}
