using System.Globalization;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>Conversions and yearly facts from vn-calendar.md §6.1 and §6.5 (HND algorithm at UTC+7, python-holidays, official notices).</summary>
public sealed class VietnameseLunarCalendarTests
{
    private readonly VietnameseLunarCalendar _lunar = new();

    [Theory]
    [InlineData("2026-04-23", 7, 3, 2026, false)]
    [InlineData("2026-11-22", 14, 10, 2026, false)]
    [InlineData("2030-02-01", 29, 12, 2029, false)]
    [InlineData("2030-02-02", 1, 1, 2030, false)]
    [InlineData("2031-04-21", 1, 3, 2031, true)]
    [InlineData("2033-12-22", 1, 11, 2033, true)]
    [InlineData("2034-01-20", 1, 12, 2033, false)]
    [InlineData("2025-01-28", 29, 12, 2024, false)]
    [InlineData("2024-02-09", 30, 12, 2023, false)]
    [InlineData("2024-02-08", 29, 12, 2023, false)]
    [InlineData("2025-01-25", 26, 12, 2024, false)]
    [InlineData("2026-02-14", 27, 12, 2025, false)]
    [InlineData("2026-02-22", 6, 1, 2026, false)]
    public void Converts_solar_to_lunar_and_back(string solar, int day, int month, int year, bool leap)
    {
        var date = DateOnly.ParseExact(solar, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lunar = new LunarDate(day, month, year, leap);
        Assert.Equal(lunar, _lunar.ToLunar(date));
        Assert.Equal(date, _lunar.ToSolar(lunar));
    }

    [Theory]
    [InlineData(15, 1, 2027, "2027-02-20")]
    [InlineData(15, 7, 2026, "2026-08-27")]
    [InlineData(15, 3, 2026, "2026-05-01")]
    [InlineData(10, 3, 2027, "2027-04-16")]
    public void Converts_lunar_to_solar(int day, int month, int year, string solar) =>
        Assert.Equal(DateOnly.ParseExact(solar, "yyyy-MM-dd", CultureInfo.InvariantCulture), _lunar.ToSolar(new LunarDate(day, month, year)));

    // §6.1: year, Tết, length of the last month of the old year, Giỗ Tổ, leap month (0 = none).
    [Theory]
    [InlineData(2020, "2020-01-25", 30, "2020-04-02", 4)]
    [InlineData(2021, "2021-02-12", 30, "2021-04-21", 0)]
    [InlineData(2022, "2022-02-01", 29, "2022-04-10", 0)]
    [InlineData(2023, "2023-01-22", 30, "2023-04-29", 2)]
    [InlineData(2024, "2024-02-10", 30, "2024-04-18", 0)]
    [InlineData(2025, "2025-01-29", 29, "2025-04-07", 6)]
    [InlineData(2026, "2026-02-17", 29, "2026-04-26", 0)]
    [InlineData(2027, "2027-02-06", 29, "2027-04-16", 0)]
    [InlineData(2028, "2028-01-26", 29, "2028-04-04", 5)]
    [InlineData(2029, "2029-02-13", 29, "2029-04-23", 0)]
    [InlineData(2030, "2030-02-02", 29, "2030-04-12", 0)]
    [InlineData(2031, "2031-01-23", 29, "2031-04-01", 3)]
    [InlineData(2032, "2032-02-11", 29, "2032-04-19", 0)]
    [InlineData(2033, "2033-01-31", 30, "2033-04-09", 11)]
    [InlineData(2034, "2034-02-19", 30, "2034-04-28", 0)]
    [InlineData(2035, "2035-02-08", 30, "2035-04-17", 0)]
    public void Yearly_facts_match_the_reference_table(int year, string tet, int lastDay, string gioTo, int leapMonth)
    {
        var newYear = DateOnly.ParseExact(tet, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(newYear, _lunar.NewYear(year));
        Assert.Equal(new LunarDate(lastDay, 12, year - 1), _lunar.ToLunar(newYear.AddDays(-1)));
        Assert.Equal(DateOnly.ParseExact(gioTo, "yyyy-MM-dd", CultureInfo.InvariantCulture), _lunar.HungKingsDay(year));
        Assert.Equal(leapMonth == 0 ? null : leapMonth, _lunar.LeapMonth(year));
    }

    [Fact]
    public void Every_day_from_1900_to_2100_round_trips_and_follows_the_day_before()
    {
        var previous = _lunar.ToLunar(new DateOnly(1900, 1, 1));
        for (var day = new DateOnly(1900, 1, 2); day <= new DateOnly(2100, 12, 31); day = day.AddDays(1))
        {
            var lunar = _lunar.ToLunar(day);
            Assert.Equal(day, _lunar.ToSolar(lunar));
            bool nextDay = lunar == previous with { Day = previous.Day + 1 };
            bool newMonth = lunar.Day == 1 && previous.Day is 29 or 30;
            Assert.True(nextDay || newMonth, $"{day:yyyy-MM-dd}: {previous} then {lunar}");
            previous = lunar;
        }
    }

    [Fact]
    public void Names_the_year_in_the_sexagenary_cycle()
    {
        Assert.Equal("Bính Ngọ", new LunarDate(1, 1, 2026).YearName);
        Assert.Equal("Giáp Thìn", new LunarDate(1, 1, 2024).YearName);
        Assert.Equal("Đinh Mùi", new LunarDate(1, 1, 2027).YearName);
        Assert.Equal("1/3 nhuận/2031", new LunarDate(1, 3, 2031, true).ToString());
    }

    [Fact]
    public void Rejects_years_out_of_range_and_dates_that_do_not_exist()
    {
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => _lunar.ToLunar(new DateOnly(1899, 12, 31)));
        Assert.Contains("Năm 1899 nằm ngoài phạm vi", early.Message, StringComparison.Ordinal);
        Assert.Contains("supported range 1900–2100", early.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => _lunar.NewYear(2101));
        var missingLeap = Assert.Throws<ArgumentOutOfRangeException>(() => _lunar.ToSolar(new LunarDate(1, 4, 2026, true)));
        Assert.Contains("Không có ngày âm lịch 1/4 nhuận/2026", missingLeap.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => _lunar.ToSolar(new LunarDate(30, 12, 2025)));
        Assert.Null(_lunar.MonthLength(4, 2026, leap: true));
        Assert.Equal(29, _lunar.MonthLength(12, 2025));
    }
}
