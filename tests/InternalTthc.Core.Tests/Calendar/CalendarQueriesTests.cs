using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>The answers behind the host's "calendar" verbs, and their errors for bad input.</summary>
public sealed class CalendarQueriesTests
{
    private readonly CalendarQueries _queries;

    public CalendarQueriesTests()
    {
        var options = new CalendarOptions();
        var lunar = new VietnameseLunarCalendar();
        var calendar = new WorkingCalendar(options, lunar);
        _queries = new CalendarQueries(lunar, calendar, new DeadlineCalculator(calendar, new OfficeHours(options), options));
    }

    [Fact]
    public void Holidays_of_an_announced_year_are_official()
    {
        var year = _queries.Holidays("2026");
        Assert.Equal((2026, ScheduleOrigin.Official, 25), (year.Year, year.Origin, year.DaysOff.Count));
        Assert.Equal([TestCalendar.Date("2026-01-10"), TestCalendar.Date("2026-08-22")], year.MakeUpDays.Select(d => d.Date));
        Assert.Equal(ScheduleOrigin.Computed, _queries.Holidays(" 2027 ").Origin);
    }

    [Fact]
    public void Due_reads_a_vietnam_moment_and_reports_computed_years()
    {
        var days = _queries.Due("2026-02-13 16:10", workingDays: 3, workingHours: null);
        Assert.Equal((DeadlineKind.WorkingDays, 3), (days.Rule.Kind, days.Rule.Value));
        Assert.Equal(TestCalendar.Local("2026-02-25 17:00"), days.Due);
        Assert.Equal(new DateTime(2026, 2, 13, 16, 10, 0), days.FromLocal);
        Assert.Empty(days.ComputedYears);

        var hours = _queries.Due("2026-02-13 16:10", workingDays: null, workingHours: 8);
        Assert.Equal(new DateTime(2026, 2, 23, 16, 10, 0), hours.DueLocal);

        var intoNextYear = _queries.Due("31/12/2026 10:00", workingDays: 2, workingHours: null);
        Assert.Equal([2027], intoNextYear.ComputedYears);
    }

    [Theory]
    [InlineData("2026-02-17", "2026-02-17", 1, 1, 2026, false)]
    [InlineData("17/2/2026", "2026-02-17", 1, 1, 2026, false)]
    [InlineData("21/04/2031", "2031-04-21", 1, 3, 2031, true)]
    public void Lunar_converts_solar_dates_written_either_way(string input, string solar, int day, int month, int year, bool leap)
    {
        var answer = _queries.Lunar(input);
        Assert.Equal(new DateConversion(TestCalendar.Date(solar), new LunarDate(day, month, year, leap)), answer);
        Assert.Equal(year == 2026 ? "Bính Ngọ" : "Tân Hợi", answer.Lunar.YearName);
    }

    [Theory]
    [InlineData("15/1/2027", "2027-02-20", false)]
    [InlineData("1/3 nhuận/2031", "2031-04-21", true)]
    [InlineData("1/3n/2031", "2031-04-21", true)]
    [InlineData("1/3/2031 nhuan", "2031-04-21", true)]
    [InlineData("1/3/2031", "2031-03-23", false)] // Giỗ Tổ 10/3 is 2031-04-01 (§6.1)
    public void Solar_converts_lunar_dates_with_or_without_a_leap_month(string input, string solar, bool leap)
    {
        var answer = _queries.Solar(input);
        Assert.Equal(TestCalendar.Date(solar), answer.Solar);
        Assert.Equal(leap, answer.Lunar.IsLeapMonth);
    }

    [Theory]
    [InlineData("12/31/2026", "Ngày không hợp lệ: \"12/31/2026\".", "d/m/yyyy")]
    [InlineData("2026-02-30", "Ngày không hợp lệ", "yyyy-mm-dd")]
    [InlineData("hôm qua", "Ngày không hợp lệ", "e.g. 17/2/2026")]
    [InlineData("1/1/3000", "Năm 3000 nằm ngoài phạm vi được hỗ trợ (1900–2100).", "supported range")]
    [InlineData("1/1/1800", "Năm 1800 nằm ngoài phạm vi", "1900–2100")]
    public void Lunar_rejects_malformed_dates_and_years_out_of_range(string input, string vietnamese, string hint)
    {
        var error = Assert.Throws<CalendarInputException>(() => _queries.Lunar(input));
        Assert.Contains(vietnamese, error.Vietnamese, StringComparison.Ordinal);
        Assert.Contains(hint, error.EnglishHint, StringComparison.Ordinal);
        Assert.Equal($"{error.Vietnamese} ({error.EnglishHint})", error.Message);
    }

    [Theory]
    [InlineData("30/12/2025", "Không có ngày âm lịch 30/12/2025.")]     // Tết 2026 follows 29 Chạp (§6.1)
    [InlineData("1/4 nhuận/2026", "Không có ngày âm lịch 1/4 nhuận/2026.")]
    [InlineData("15/13/2026", "Ngày âm lịch không hợp lệ")]
    [InlineData("15-1-2027", "Ngày âm lịch không hợp lệ")]
    [InlineData("1/1/2101", "Năm 2101 nằm ngoài phạm vi")]
    public void Solar_rejects_lunar_dates_that_do_not_exist(string input, string vietnamese) =>
        Assert.Contains(vietnamese, Assert.Throws<CalendarInputException>(() => _queries.Solar(input)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("26", "Năm không hợp lệ: \"26\".")]
    [InlineData("năm sau", "Năm không hợp lệ")]
    [InlineData("9999", "Năm 9999 nằm ngoài phạm vi được hỗ trợ (1900–2100).")]
    public void Holidays_rejects_bad_years(string input, string vietnamese) =>
        Assert.Contains(vietnamese, Assert.Throws<CalendarInputException>(() => _queries.Holidays(input)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("2026-02-13", 3, null, "Thời điểm không hợp lệ")]
    [InlineData("2026-02-13 25:10", 3, null, "Thời điểm không hợp lệ")]
    [InlineData("2026-02-13 16:10", null, null, "Cần ghi đúng một trong hai")]
    [InlineData("2026-02-13 16:10", 3, 8, "Cần ghi đúng một trong hai")]
    [InlineData("2026-02-13 16:10", -2, null, "phải là số nguyên từ 0 đến 10000")]
    [InlineData("2200-01-01 08:00", 1, null, "Năm 2200 nằm ngoài phạm vi")]
    public void Due_rejects_bad_moments_and_amounts(string from, int? days, int? hours, string vietnamese) =>
        Assert.Contains(vietnamese, Assert.Throws<CalendarInputException>(() => _queries.Due(from, days, hours)).Message, StringComparison.Ordinal);
}
