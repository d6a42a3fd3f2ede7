using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>The 2024–2026 civil-servant schedules day by day, from the notices listed in vn-calendar.md §2 and §6.2.</summary>
public sealed class OfficialScheduleTests
{
    // Every calendar day off per the notices (ranges inclusive), and every make-up Saturday.
    public static TheoryData<int, string[], string[], string[], int> Years => new()
    {
        {
            2024, ["5015/TB-LĐTBXH", "2450/VPCP-KGVX"],
            ["2024-01-01", "2024-02-08..2024-02-14", "2024-04-18", "2024-04-27..2024-05-01", "2024-08-31..2024-09-03"],
            ["2024-05-04"], 18
        },
        {
            2025, ["8726/VPCP-KGVX", "6150/TB-BLĐTBXH"],
            ["2025-01-01", "2025-01-25..2025-02-02", "2025-04-05..2025-04-07", "2025-04-30..2025-05-04", "2025-08-30..2025-09-02"],
            ["2025-04-26"], 22
        },
        {
            2026, ["9441/TB-BNV", "12729/VPCP-KGVX"],
            ["2026-01-01..2026-01-04", "2026-02-14..2026-02-22", "2026-04-25..2026-04-27", "2026-04-30..2026-05-03", "2026-08-29..2026-09-02"],
            ["2026-01-10", "2026-08-22"], 25
        },
    };

    private readonly WorkingCalendar _calendar = TestCalendar.Days();

    [Theory]
    [MemberData(nameof(Years))]
    public void Every_day_of_the_year_follows_the_official_notice(int year, string[] documents, string[] off, string[] makeUp, int totalOff)
    {
        var schedule = _calendar.GetYear(year);
        Assert.Equal(ScheduleOrigin.Official, schedule.Origin);
        foreach (var number in documents)
        {
            Assert.Contains(schedule.Documents, d => d.Contains(number, StringComparison.Ordinal));
        }
        var expectedOff = off.SelectMany(Expand).ToHashSet();
        var expectedMakeUp = makeUp.Select(TestCalendar.Date).ToHashSet();
        Assert.Equal(totalOff, expectedOff.Count);
        Assert.Equal(expectedOff.Order(), schedule.DaysOff.Select(d => d.Date));
        Assert.Equal(expectedMakeUp.Order(), schedule.MakeUpDays.Select(d => d.Date));
        Assert.All(schedule.DaysOff.Concat(schedule.MakeUpDays), d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            bool working = expectedMakeUp.Contains(day) || (!expectedOff.Contains(day) && !VietnamTime.IsWeekend(day));
            Assert.True(working == _calendar.IsWorkingDay(day), $"{day:yyyy-MM-dd} should be {(working ? "working" : "off")}");
        }
    }

    [Theory]
    [InlineData("2024-02-13", false)] // nghỉ bù Tết 2024
    [InlineData("2024-04-29", false)] // swapped
    [InlineData("2024-05-04", true)]  // make-up Saturday
    [InlineData("2024-09-03", false)]
    [InlineData("2025-01-27", false)] // 28 Chạp
    [InlineData("2025-02-03", true)]
    [InlineData("2025-02-08", false)] // an ordinary Saturday (China's make-up day, not Vietnam's)
    [InlineData("2025-04-07", false)]
    [InlineData("2025-04-26", true)]
    [InlineData("2025-05-02", false)]
    [InlineData("2025-09-01", false)]
    [InlineData("2025-09-03", true)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-10", true)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-27", false)]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-08-22", true)]
    [InlineData("2026-08-31", false)]
    [InlineData("2026-09-03", true)]
    [InlineData("2026-11-24", true)]  // Ngày Văn hóa Việt Nam not law yet
    public void Day_types_match_the_reference_table(string date, bool working) =>
        Assert.Equal(working, _calendar.IsWorkingDay(TestCalendar.Date(date)));

    private static IEnumerable<DateOnly> Expand(string range)
    {
        var parts = range.Split("..");
        var (from, to) = (TestCalendar.Date(parts[0]), TestCalendar.Date(parts[^1]));
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
