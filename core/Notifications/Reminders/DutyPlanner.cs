using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// Plans the reminders of recurring duties, the dated schedules of the catalogs' system events: working days before each
/// date, at the opening of office hours, as outbox rows keyed by duty, date and moment.
/// </summary>
public sealed class DutyPlanner(ProcedureCatalog catalog, IDeadlineCalculator calendar, TimeProvider clock)
{
    /// <summary>The rows of every duty's reminders in <paramref name="year"/> still ahead; queuing them twice adds nothing.</summary>
    public IReadOnlyList<OutboxMessage> Plan(int year)
    {
        var now = clock.GetUtcNow();
        var planned =
            from file in catalog.Files
            from e in file.SystemEvents
            from trigger in e.Triggers.Where(t => t.HasDates)
            from date in trigger.DatesIn(year)
            from days in trigger.RemindBeforeDays ?? file.Jurisdiction.Policy.Reminders?.BeforeYearlyDateDays ?? []
            let at = calendar.NextWorkingMoment(file.Jurisdiction.Code, VietnamTime.StartOf(calendar.WorkingDaysBefore(date, days)))
            where at > now && at < VietnamTime.StartOf(date)
            select new DutyReminderPayload(e.Code, date, at).ToMessage(now);
        return [.. planned.DistinctBy(m => m.IdempotencyKey)];
    }
}
