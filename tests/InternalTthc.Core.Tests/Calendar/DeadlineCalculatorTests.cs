using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>Working-day and working-hour vectors of vn-calendar.md §6.3–6.4 and §6.6, plus our own around holidays.</summary>
public sealed class DeadlineCalculatorTests
{
    private const string Code = TestCalendar.Jurisdiction;
    private readonly DeadlineCalculator _calculator = TestCalendar.Calculator();

    [Theory]
    [InlineData("2026-04-23 10:00", 5, "2026-05-05")] // skips 27/4 and 30/4–3/5
    [InlineData("2026-02-13 10:00", 3, "2026-02-25")] // Tết
    [InlineData("2026-08-21 10:00", 2, "2026-08-24")] // counts the make-up Saturday 22/8
    [InlineData("2025-12-31 10:00", 1, "2026-01-05")] // 1–4/1 off
    [InlineData("2026-01-09 10:00", 1, "2026-01-10")] // the make-up Saturday counts
    [InlineData("2025-01-24 10:00", 5, "2025-02-07")]
    [InlineData("2024-04-26 10:00", 3, "2024-05-04")] // make-up Saturday is day 3
    [InlineData("2026-08-28 10:00", 1, "2026-09-03")]
    [InlineData("2025-04-29 10:00", 2, "2025-05-06")]
    [InlineData("2026-04-23 14:30", 3, "2026-04-29")] // §6.6 #56
    // Our own: after hours, weekends, 2/9, year ends, Tết 2024 and 2025.
    [InlineData("2026-04-23 21:45", 5, "2026-05-05")] // receipt day not counted, whatever the hour
    [InlineData("2026-04-25 09:00", 1, "2026-04-28")] // received on a Saturday before a nghỉ bù Monday
    [InlineData("2024-08-30 16:00", 1, "2024-09-04")]
    [InlineData("2024-12-31 08:00", 1, "2025-01-02")]
    [InlineData("2024-02-07 08:00", 1, "2024-02-15")]
    [InlineData("2025-12-30 08:00", 10, "2026-01-14")] // 31/12, 5–9/1, 10/1 (make-up Saturday), 12–14/1
    [InlineData("2026-04-29 10:00", 0, "2026-04-29")] // 0 days: the receipt day itself
    [InlineData("2026-05-01 10:00", 0, "2026-05-04")] // 0 days on a day off: the next working day
    public void Working_days_are_due_at_office_close_of_the_nth_working_day(string received, int days, string due)
    {
        var result = _calculator.ComputeDue(Code, DeadlineRule.WorkingDays(days), TestCalendar.Local(received));
        Assert.Equal(TestCalendar.Local(due + " 17:00"), result);
        Assert.Equal(TimeSpan.Zero, result!.Value.Offset); // stored as UTC
    }

    [Fact]
    public void Working_days_can_end_at_midnight_instead()
    {
        var calculator = TestCalendar.Calculator(new CalendarOptions { DueAt = DayEnd.Midnight });
        var due = calculator.ComputeDue(Code, DeadlineRule.WorkingDays(5), TestCalendar.Local("2026-04-23 10:00"));
        Assert.Equal("2026-05-06 00:00", TestCalendar.Show(due));
    }

    [Theory]
    [InlineData("2026-04-23 14:30", 8, "2026-04-24 14:30")]
    [InlineData("2026-04-25 20:00", 8, "2026-04-28 17:00")] // Saturday night: starts Tue 07:30 since 27/4 is off
    [InlineData("2026-04-29 16:00", 8, "2026-05-04 16:00")]
    [InlineData("2026-04-24 12:15", 2, "2026-04-24 15:00")] // lunch: starts 13:00
    [InlineData("2026-08-21 16:30", 8, "2026-08-22 16:30")] // Saturday make-up day
    [InlineData("2026-01-09 15:00", 8, "2026-01-10 15:00")]
    [InlineData("2026-02-13 16:00", 8, "2026-02-23 16:00")]
    [InlineData("2025-04-25 15:00", 8, "2025-04-26 15:00")]
    [InlineData("2024-05-03 11:00", 8, "2024-05-04 11:00")]
    // Our own: before opening, at closing, ending exactly at a session end, across 2/9 and the year end.
    [InlineData("2026-04-23 06:00", 4, "2026-04-23 11:30")]
    [InlineData("2026-04-23 17:00", 1, "2026-04-24 08:30")]
    [InlineData("2026-04-23 09:30", 2, "2026-04-23 11:30")]
    [InlineData("2025-08-29 15:00", 8, "2025-09-03 15:00")]
    [InlineData("2025-12-31 13:00", 16, "2026-01-06 11:30")] // 4 h, 1–4/1 off, 8 h, 4 h
    [InlineData("2026-04-23 10:00", 0, "2026-04-23 10:00")]
    [InlineData("2026-04-23 18:00", 0, "2026-04-24 07:30")]
    public void Working_hours_consume_office_hours_from_the_next_working_moment(string submitted, int hours, string due) =>
        Assert.Equal(TestCalendar.Local(due), _calculator.ComputeDue(Code, DeadlineRule.WorkingHours(hours), TestCalendar.Local(submitted)));

    [Theory]
    [InlineData(11, 10, "2026-03-01 09:00", "2026-11-09 17:00")] // "trước 10/11": last valid day 9/11
    [InlineData(11, 10, "2026-11-09 09:00", "2026-11-09 17:00")] // the last valid day itself
    [InlineData(11, 10, "2026-11-10 09:00", "2027-11-09 17:00")] // bound reached: next year's
    [InlineData(11, 25, "2026-04-23 14:30", "2026-11-24 17:00")] // §6.6 #62
    [InlineData(4, 30, "2026-04-01 09:00", "2026-04-29 17:00")]  // §6.6 #57
    [InlineData(11, 9, "2026-01-05 09:00", "2026-11-06 17:00")]  // last valid day Sun 8/11: the office closes Fri 6/11
    public void Yearly_bounds_are_exclusive_and_roll_to_next_year(int month, int day, string start, string due) =>
        Assert.Equal(TestCalendar.Local(due), _calculator.ComputeDue(Code, DeadlineRule.BeforeDate(month, day), TestCalendar.Local(start)));

    [Fact]
    public void A_bound_on_a_day_off_ends_at_its_midnight_when_configured()
    {
        var calculator = TestCalendar.Calculator(new CalendarOptions { DueAt = DayEnd.Midnight });
        var due = calculator.ComputeDue(Code, DeadlineRule.BeforeDate(11, 9), TestCalendar.Local("2026-01-05 09:00"));
        Assert.Equal("2026-11-09 00:00", TestCalendar.Show(due));
    }

    [Theory]
    [InlineData(12, "2026-05-01 09:00", "2026-12-31 17:00")]
    [InlineData(12, "2026-12-31 16:00", "2026-12-31 17:00")]
    [InlineData(3, "2026-04-23 09:00", "2027-03-31 17:00")] // month passed: next year's
    [InlineData(5, "2027-05-01 09:00", "2027-05-31 17:00")]
    public void In_month_is_due_at_the_end_of_its_last_day(int month, string start, string due) =>
        Assert.Equal(TestCalendar.Local(due), _calculator.ComputeDue(Code, DeadlineRule.InMonth(month), TestCalendar.Local(start)));

    [Fact]
    public void No_rule_gives_no_due_moment() =>
        Assert.Null(_calculator.ComputeDue(Code, DeadlineRule.None, TestCalendar.Local("2026-04-23 09:00")));

    [Fact]
    public void Broken_rules_are_refused()
    {
        var start = TestCalendar.Local("2026-04-23 09:00");
        var error = Assert.Throws<ArgumentException>(() => _calculator.ComputeDue(Code, new DeadlineRule { Kind = DeadlineKind.WorkingDays }, start));
        Assert.Contains("Quy tắc thời hạn không hợp lệ", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _calculator.ComputeDue(Code, DeadlineRule.WorkingHours(-1), start));
        Assert.Throws<ArgumentException>(() => _calculator.ComputeDue(Code, DeadlineRule.BeforeDate(13, 1), start));
        Assert.Throws<ArgumentOutOfRangeException>(() => _calculator.AddWorkingTime(Code, start, TimeSpan.FromHours(-1)));
    }

    [Theory]
    [InlineData("2026-04-23 14:30", "2026-04-24 14:30", 8)]
    [InlineData("2026-04-24 16:00", "2026-04-28 08:30", 2)]  // weekend and nghỉ bù 27/4 count nothing
    [InlineData("2026-04-23 12:00", "2026-04-23 12:45", 0)]  // lunch
    [InlineData("2026-04-24 10:00", "2026-04-23 10:00", 0)]  // backwards
    [InlineData("2026-02-13 07:00", "2026-02-23 18:00", 16)] // two working days around Tết
    public void Working_time_between_counts_office_hours_only(string from, string to, double hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), _calculator.WorkingTimeBetween(Code, TestCalendar.Local(from), TestCalendar.Local(to)));

    [Fact]
    public void Moments_in_any_offset_are_read_as_the_same_instant()
    {
        var utc = TestCalendar.Local("2026-04-23 14:30").ToUniversalTime();
        Assert.Equal(TestCalendar.Local("2026-04-24 14:30"), _calculator.ComputeDue(Code, DeadlineRule.WorkingHours(8), utc));
        Assert.Equal(TestCalendar.Local("2026-04-24 14:30"), _calculator.ComputeDue(Code, DeadlineRule.WorkingHours(8), utc.ToOffset(TimeSpan.FromHours(-5))));
    }
}
