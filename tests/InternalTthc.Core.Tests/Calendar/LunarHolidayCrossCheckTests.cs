using System.Globalization;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>
/// Tết and Giỗ Tổ for every year 1900–2100 against sources independent of our algorithm:
/// .NET's table-based ChineseLunisolarCalendar (UTC+8, 1901–2100) everywhere except the years in
/// which Vietnam's UTC+7 calendar is known to differ. Those years and their Vietnamese dates come
/// from vn-calendar.md §4.3/§6.1 and the VIETNAMESE_CALENDAR_* exception tables of python-holidays
/// (holidays/calendars/chinese.py), which agree. 1900 lies before .NET's range: it comes from the
/// widely published 1900–2100 "lunarInfo" table (entry 0x04bd8: new year 1900-01-31, months 1–2
/// of 29 and 30 days, leap month 8).
/// </summary>
public sealed class LunarHolidayCrossCheckTests
{
    private static readonly Dictionary<int, DateOnly> VietnameseTet = new()
    {
        [1903] = new(1903, 1, 28), [1935] = new(1935, 2, 3), [1965] = new(1965, 2, 1),
        [1968] = new(1968, 1, 29), [1969] = new(1969, 2, 16), [1985] = new(1985, 1, 21),
        [2007] = new(2007, 2, 17), [2030] = new(2030, 2, 2), [2053] = new(2053, 2, 18),
    };

    private static readonly Dictionary<int, DateOnly> VietnameseHungKings = new()
    {
        [1916] = new(1916, 4, 11), [1917] = new(1917, 4, 1), [1939] = new(1939, 4, 28),
        [1975] = new(1975, 4, 20), [2009] = new(2009, 4, 4), [2037] = new(2037, 4, 24),
        [2038] = new(2038, 4, 13), [2085] = new(2085, 4, 3), [2086] = new(2086, 4, 22),
        [2095] = new(2095, 4, 13), [2100] = new(2100, 4, 18),
    };

    private readonly VietnameseLunarCalendar _lunar = new();
    private readonly ChineseLunisolarCalendar _net = new();

    [Fact]
    public void Tet_agrees_with_dotnet_except_exactly_the_documented_vietnamese_years()
    {
        for (int year = 1901; year <= 2100; year++)
        {
            var net = DateOnly.FromDateTime(_net.ToDateTime(year, 1, 1, 0, 0, 0, 0));
            var expected = VietnameseTet.GetValueOrDefault(year, net);
            Assert.True(expected == _lunar.NewYear(year), $"Tết {year}: expected {expected:yyyy-MM-dd}, got {_lunar.NewYear(year):yyyy-MM-dd}");
            Assert.Equal(VietnameseTet.ContainsKey(year), expected != net);
        }
    }

    [Fact]
    public void Hung_kings_day_agrees_with_dotnet_except_exactly_the_documented_vietnamese_years()
    {
        for (int year = 1901; year <= 2100; year++)
        {
            // .NET numbers a leap month in sequence: regular month 3 is index 4 when a leap month 1 or 2 precedes it.
            int leapIndex = _net.GetLeapMonth(year);
            int monthIndex = leapIndex is > 0 and <= 3 ? 4 : 3;
            var net = DateOnly.FromDateTime(_net.ToDateTime(year, monthIndex, 10, 0, 0, 0, 0));
            var expected = VietnameseHungKings.GetValueOrDefault(year, net);
            Assert.True(expected == _lunar.HungKingsDay(year), $"Giỗ Tổ {year}: expected {expected:yyyy-MM-dd}, got {_lunar.HungKingsDay(year):yyyy-MM-dd}");
            Assert.Equal(VietnameseHungKings.ContainsKey(year), expected != net);
        }
    }

    [Fact]
    public void Year_1900_matches_the_published_lunar_table()
    {
        Assert.Equal(new DateOnly(1900, 1, 31), _lunar.NewYear(1900));
        Assert.Equal(new DateOnly(1900, 4, 9), _lunar.HungKingsDay(1900));
        Assert.Equal(8, _lunar.LeapMonth(1900));
    }

    [Fact]
    public void At_utc_plus_8_the_algorithm_reproduces_dotnet_day_by_day_in_the_doc_window()
    {
        // vn-calendar.md §4.2: an independent implementation at tz=8 matched .NET on every day 2019-12-01…2036-02-28.
        var chinese = new VietnameseLunarCalendar(8);
        for (var day = new DateOnly(2019, 12, 1); day <= new DateOnly(2036, 2, 28); day = day.AddDays(1))
        {
            var moment = day.ToDateTime(TimeOnly.MinValue);
            int year = _net.GetYear(moment), index = _net.GetMonth(moment), leapIndex = _net.GetLeapMonth(year);
            var expected = new LunarDate(_net.GetDayOfMonth(moment), leapIndex > 0 && index >= leapIndex ? index - 1 : index,
                year, index == leapIndex);
            Assert.Equal(expected, chinese.ToLunar(day));
        }
    }
}
