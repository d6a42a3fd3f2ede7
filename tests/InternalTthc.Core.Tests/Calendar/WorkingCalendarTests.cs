using System.Text;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>Years without a notice, administrator overrides and schedule files.</summary>
public sealed class WorkingCalendarTests
{
    [Fact]
    public void A_year_without_a_notice_is_computed_from_the_labour_code_and_says_so()
    {
        var calendar = TestCalendar.Days();
        var year = calendar.GetYear(2027);
        Assert.Equal(ScheduleOrigin.Computed, year.Origin);
        Assert.Contains("Bộ luật Lao động 2019", Assert.Single(year.Documents), StringComparison.Ordinal);
        // 2027 skeleton (vn-calendar.md §2): Tết is Sat 6/2, so the default placement (5/2 and mùng 1–4) holds a
        // weekend and gives two compensatory days; Giỗ Tổ Fri 16/4; 1/5 is a Saturday, so Mon 3/5 is off; 2/9 is a Thursday.
        string[] off = ["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
            "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03"];
        foreach (var day in off)
        {
            Assert.False(calendar.IsWorkingDay(TestCalendar.Date(day)), day);
        }
        Assert.True(calendar.IsWorkingDay(TestCalendar.Date("2027-02-12")));
        Assert.True(calendar.IsWorkingDay(TestCalendar.Date("2027-09-01")));
        Assert.Contains(year.DaysOff, d => d.Date == TestCalendar.Date("2027-05-03") && d.Reason == "Nghỉ bù Ngày Quốc tế Lao động (1/5)");
        Assert.Contains(year.DaysOff, d => d.Date == TestCalendar.Date("2027-02-06") && d.Reason == "Tết Nguyên đán Đinh Mùi");
    }

    [Fact]
    public void The_rules_reproduce_the_compensatory_day_of_giỗ_tổ_2026()
    {
        var computed = new StatutoryHolidayRules(new VietnameseLunarCalendar()).Compute(2026);
        Assert.Contains(computed.DaysOff, d => d.Date == TestCalendar.Date("2026-04-26") && d.Reason.StartsWith("Giỗ Tổ Hùng Vương", StringComparison.Ordinal));
        Assert.Contains(computed.DaysOff, d => d.Date == TestCalendar.Date("2026-04-27") && d.Reason.StartsWith("Nghỉ bù Giỗ Tổ", StringComparison.Ordinal));
    }

    [Fact]
    public void Administrator_days_override_the_schedule_without_a_release()
    {
        var options = new CalendarOptions
        {
            ExtraDaysOff = [new ConfiguredDay { Date = TestCalendar.Date("2026-11-24"), Reason = "Ngày Văn hóa Việt Nam" }],
            ExtraWorkingDays = [new ConfiguredDay { Date = TestCalendar.Date("2026-05-02"), Reason = "Làm bù theo thông báo mới" }],
        };
        var calendar = TestCalendar.Days(options);
        Assert.False(calendar.IsWorkingDay(TestCalendar.Date("2026-11-24")));
        Assert.True(calendar.IsWorkingDay(TestCalendar.Date("2026-05-02")));
        var year = calendar.GetYear(2026);
        Assert.Equal(ScheduleOrigin.Official, year.Origin);
        var culture = Assert.Single(year.DaysOff, d => d.Date == TestCalendar.Date("2026-11-24"));
        Assert.Equal(("Ngày Văn hóa Việt Nam", "Cấu hình của quản trị viên"), (culture.Reason, culture.Source));
        Assert.DoesNotContain(year.DaysOff, d => d.Date == TestCalendar.Date("2026-05-02"));
        Assert.Contains(year.MakeUpDays, d => d.Date == TestCalendar.Date("2026-05-02"));
    }

    [Fact]
    public void A_schedule_file_in_the_configured_directory_makes_its_year_official()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("calendar-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "2027.json"), """
                { "year": 2027, "documents": ["Thông báo thử"],
                  "daysOff": [ { "from": "2027-02-04", "to": "2027-02-10", "reason": "Tết Nguyên đán Đinh Mùi" } ],
                  "workingDays": [ { "from": "2027-02-20", "reason": "Làm bù" } ] }
                """);
            var calendar = TestCalendar.Days(new CalendarOptions { ScheduleDirectory = directory.FullName });
            Assert.Equal(ScheduleOrigin.Official, calendar.GetYear(2027).Origin);
            Assert.False(calendar.IsWorkingDay(TestCalendar.Date("2027-02-04")));
            Assert.True(calendar.IsWorkingDay(TestCalendar.Date("2027-02-11")));
            Assert.True(calendar.IsWorkingDay(TestCalendar.Date("2027-02-20")));
            Assert.Equal(ScheduleOrigin.Official, calendar.GetYear(2026).Origin); // built-in years stay
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("""{ "year": 2027, "daysOff": [ { "from": "2026-12-31", "reason": "x" } ] }""", "2026-12-31")]
    [InlineData("""{ "year": 2027, "workingDays": [ { "from": "2027-02-03", "reason": "x" } ] }""", "2027-02-03")]
    [InlineData("""{ "year": 2027, "daysOff": [ { "from": "2027-02-03" } ] }""", "2027-02-03")]
    [InlineData("""{ "year": 2027, "daysOff": [ """, "2027.json")]
    public void A_broken_schedule_file_fails_loudly_with_its_name(string json, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var error = Assert.Throws<InvalidDataException>(() => OfficialSchedules.Parse(stream, "2027.json"));
        Assert.Contains("Tệp lịch nghỉ \"2027.json\" không hợp lệ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_outside_the_lunar_range_are_refused_with_a_clear_error()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TestCalendar.Days().IsWorkingDay(new DateOnly(2150, 3, 2)));
        Assert.Contains("Năm 2150 nằm ngoài phạm vi được hỗ trợ (1900–2100)", error.Message, StringComparison.Ordinal);
    }
}
