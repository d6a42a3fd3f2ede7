using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using static InternalTthc.Core.Tests.Calendar.TestCalendar;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>
/// Deadlines on the clock: "không quá 02 giờ kể từ khi tiếp nhận" whatever the hour, "15 ngày kể từ ngày có quyết định"
/// counted from a date with the start day not counted and a last day off moved to the next working day, and several
/// yearly bounds in one rule. Office close is 17:00 (the default profile), the due moment of a day.
/// </summary>
public sealed class CalendarTimeDeadlineTests
{
    private readonly DeadlineCalculator _calculator = Calculator();

    [Theory]
    [InlineData("2026-04-23 09:00", "2026-04-23 11:00")] // inside office hours: the same two hours
    [InlineData("2026-04-23 16:30", "2026-04-23 18:30")] // past office close: not moved to the next morning
    [InlineData("2026-04-24 22:30", "2026-04-25 00:30")] // Friday night, across midnight into Saturday
    [InlineData("2026-04-25 23:00", "2026-04-26 01:00")] // a weekend night
    [InlineData("2026-04-30 10:00", "2026-04-30 12:00")] // a public holiday counts like any hour
    public void Calendar_hours_run_on_the_clock_whatever_the_hour(string received, string due) =>
        Assert.Equal(due, Show(_calculator.ComputeDue(Jurisdiction, DeadlineRule.CalendarHours(2), Local(received))));

    [Theory]
    [InlineData("2026-11-01", 15, "2026-11-16 17:00")] // a Sunday decision: day 15 is Monday 16/11
    [InlineData("2026-11-06", 15, "2026-11-23 17:00")] // day 15 is Saturday 21/11: ends with Monday 23/11 (Điều 148.5)
    [InlineData("2026-02-05", 10, "2026-02-23 17:00")] // day 10 is 15/02 inside Tết: ends with the first working day after it
    [InlineData("2026-08-07", 15, "2026-08-22 17:00")] // day 15 is Saturday 22/08, a make-up working day: the period ends on it
    public void Calendar_days_count_from_the_day_after_and_end_on_a_working_day(string decided, int days, string due) =>
        Assert.Equal(due, Show(_calculator.ComputeDue(Jurisdiction, DeadlineRule.CalendarDays(days, DeadlineStart.FormDate, "decisionDate"), Local(decided))));

    [Fact]
    public void Calendar_days_end_at_midnight_in_the_legal_reading()
    {
        var midnight = Calculator(new CalendarOptions { DueAt = DayEnd.Midnight });
        Assert.Equal("2026-11-17 00:00", Show(midnight.ComputeDue(Jurisdiction, DeadlineRule.CalendarDays(15, DeadlineStart.FormDate, "d"), Local("2026-11-01"))));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-06-19 17:00")] // before 20/6: the June bound
    [InlineData("2026-06-20", "2026-12-18 17:00")] // on 20/6: the December bound (19/12/2026 is a Saturday, office close falls back to Friday)
    [InlineData("2026-12-20", "2027-06-18 17:00")] // past both: next year's June bound (19/06/2027 is a Saturday)
    public void Several_yearly_dates_give_the_next_bound(string from, string due) =>
        Assert.Equal(due, Show(_calculator.ComputeDue(Jurisdiction, DeadlineRule.BeforeDates(new YearlyDate(6, 20), new YearlyDate(12, 20)), Local(from))));

    [Fact]
    public void Working_hours_still_wait_for_office_hours() =>
        Assert.Equal("2026-04-28 09:30", Show(_calculator.ComputeDue(Jurisdiction, DeadlineRule.WorkingHours(2), Local("2026-04-24 22:30"))));
}
