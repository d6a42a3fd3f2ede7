namespace InternalTthc.Core.Tests.Calendar;

/// <summary>Moving a moment into office hours and counting working time backwards, across weekends and days off.</summary>
public sealed class WorkingMomentTests
{
    private const string Code = TestCalendar.Jurisdiction;
    private readonly Core.Calendar.DeadlineCalculator _calculator = TestCalendar.Calculator();

    [Theory]
    [InlineData("2026-04-23 10:00", "2026-04-23 10:00")] // inside a session: itself
    [InlineData("2026-04-23 07:30", "2026-04-23 07:30")] // a session's opening is inside
    [InlineData("2026-04-23 06:00", "2026-04-23 07:30")]
    [InlineData("2026-04-23 12:00", "2026-04-23 13:00")] // lunch break
    [InlineData("2026-04-23 17:00", "2026-04-24 07:30")] // the closing instant is outside
    [InlineData("2026-04-23 20:00", "2026-04-24 07:30")] // evening: next morning
    [InlineData("2026-11-20 20:00", "2026-11-23 07:30")] // Friday evening: Monday
    [InlineData("2026-04-24 18:00", "2026-04-28 07:30")] // weekend and the nghỉ bù of Giỗ Tổ, Mon 27/4
    [InlineData("2026-04-29 18:00", "2026-05-04 07:30")] // 30/4–3/5
    [InlineData("2026-02-13 17:30", "2026-02-23 07:30")] // Tết Bính Ngọ, 14–22/2
    [InlineData("2026-08-21 17:00", "2026-08-22 07:30")] // make-up Saturday 22/8
    public void Next_working_moment_is_the_moment_or_the_next_session_start(string moment, string expected) =>
        Assert.Equal(expected, TestCalendar.Show(_calculator.NextWorkingMoment(Code, TestCalendar.Local(moment))));

    [Theory]
    [InlineData("2026-04-24 17:00", 4, "2026-04-24 13:00")]
    [InlineData("2026-04-24 17:00", 8, "2026-04-24 07:30")] // the opening, not the previous day's closing
    [InlineData("2026-04-24 14:00", 2, "2026-04-24 10:30")] // across lunch
    [InlineData("2026-04-28 08:30", 2, "2026-04-24 16:00")] // back over the weekend and 27/4
    [InlineData("2026-02-23 09:30", 4, "2026-02-13 15:00")] // back over Tết
    [InlineData("2026-08-24 10:30", 8, "2026-08-22 10:30")] // the make-up Saturday counts
    [InlineData("2026-05-04 17:00", 16, "2026-04-29 07:30")] // back over 30/4–3/5
    [InlineData("2026-04-25 20:00", 1, "2026-04-24 16:00")] // from a Saturday evening
    [InlineData("2026-04-24 12:00", 0, "2026-04-24 12:00")] // nothing to subtract: the moment itself
    public void Subtracting_working_time_gives_the_latest_moment_with_that_much_before_due(string due, int hours, string expected)
    {
        var to = TestCalendar.Local(due);
        var from = _calculator.SubtractWorkingTime(Code, to, TimeSpan.FromHours(hours));
        Assert.Equal(expected, TestCalendar.Show(from));
        Assert.Equal(TimeSpan.FromHours(hours), _calculator.WorkingTimeBetween(Code, from, to));
    }

    [Theory]
    [InlineData("2026-11-10", 1, "2026-11-09")]
    [InlineData("2026-11-10", 3, "2026-11-05")]
    [InlineData("2026-11-10", 7, "2026-10-30")]
    [InlineData("2026-02-25", 3, "2026-02-13")] // Tết
    [InlineData("2026-01-12", 1, "2026-01-10")] // the make-up Saturday
    [InlineData("2026-05-04", 1, "2026-04-29")] // 30/4–3/5
    public void Working_days_before_a_day_skip_days_off(string day, int days, string expected) =>
        Assert.Equal(TestCalendar.Date(expected), _calculator.WorkingDaysBefore(TestCalendar.Date(day), days));
}
