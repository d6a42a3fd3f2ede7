using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// How a reminder policy's hours are counted for one clock of a case: in office time for working-time rules, on the
/// clock for rules in calendar hours or days ("within 2 hours of receipt, whatever the hour"), which also remind at any hour.
/// </summary>
internal sealed class ReminderClock(IDeadlineCalculator calendar, string jurisdiction, bool calendarTime)
{
    public bool CalendarTime => calendarTime;

    public DateTimeOffset Before(DateTimeOffset due, int hours) =>
        calendarTime ? due - TimeSpan.FromHours(hours) : calendar.SubtractWorkingTime(jurisdiction, due, TimeSpan.FromHours(hours));

    /// <summary>No time after a moment is the moment itself, even at office close (where AddWorkingTime moves to the next opening).</summary>
    public DateTimeOffset After(DateTimeOffset moment, int hours) =>
        hours == 0 ? moment : calendarTime ? moment + TimeSpan.FromHours(hours) : calendar.AddWorkingTime(jurisdiction, moment, TimeSpan.FromHours(hours));

    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to) =>
        calendarTime ? (to > from ? to - from : TimeSpan.Zero) : calendar.WorkingTimeBetween(jurisdiction, from, to);
}
