using System.Collections.Concurrent;

namespace InternalTthc.Core.Calendar;

/// <summary>
/// The Vietnamese lunar calendar computed astronomically for UTC+7 (Hồ Ngọc Đức's rules): a month
/// starts on the local day of the new moon, month 11 holds the winter solstice, and in a 13-month
/// span the first month without a major solar term is leap. Not ChineseLunisolarCalendar, which is
/// UTC+8 and differs in some years. Month tables are cached per instance (pure, so safe to share).
/// </summary>
public sealed class VietnameseLunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    private readonly double _utcOffsetHours;
    private readonly ConcurrentDictionary<int, LunarYearTable> _tables = new();
    private readonly Func<int, LunarYearTable> _buildTable;

    public VietnameseLunarCalendar() : this(7)
    {
    }

    /// <summary>Another meridian, for cross-checks only (8 reproduces the Chinese calendar).</summary>
    internal VietnameseLunarCalendar(double utcOffsetHours)
    {
        _utcOffsetHours = utcOffsetHours;
        _buildTable = BuildTable; // one delegate, not one per look-up
    }

    public LunarDate ToLunar(DateOnly date)
    {
        CheckYear(date.Year);
        int jdn = Astronomy.JulianDayNumber(date);
        var table = Table(date.Year);
        if (jdn >= table.End)
        {
            table = Table(date.Year + 1);
        }
        int index = table.IndexOf(jdn);
        var (month, year, leap) = table.MonthAt(index);
        return new LunarDate(jdn - table.Starts[index] + 1, month, year, leap);
    }

    public DateOnly ToSolar(LunarDate date)
    {
        int length = MonthLength(date.Month, date.Year, date.IsLeapMonth) ?? 0;
        if (date.Day < 1 || date.Day > length)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                CalendarText.Message("NoSuchLunarDate", date.ToString()));
        }
        var (table, index) = Locate(date.Month, date.Year, date.IsLeapMonth);
        var solar = Astronomy.FromJulianDayNumber(table.Starts[index] + date.Day - 1);
        CheckYear(solar.Year);
        return solar;
    }

    /// <summary>Days in the month (29 or 30), or null when the year has no such month (e.g. a leap month it lacks).</summary>
    public int? MonthLength(int month, int year, bool leap = false)
    {
        CheckLunarYear(year);
        if (month is < 1 or > 12)
        {
            return null;
        }
        var (table, index) = Locate(month, year, leap);
        return index < 0 ? null : table.Starts[index + 1] - table.Starts[index];
    }

    /// <summary>The number of the leap month of lunar year <paramref name="year"/>, or null in a 12-month year.</summary>
    public int? LeapMonth(int year)
    {
        CheckLunarYear(year);
        foreach (var table in new[] { Table(year), Table(year + 1) })
        {
            if (table.LeapIndex > 0 && table.MonthAt(table.LeapIndex) is var (month, y, _) && y == year)
            {
                return month;
            }
        }
        return null;
    }

    /// <summary>Tết Nguyên đán: day 1 of month 1 of lunar year <paramref name="year"/>.</summary>
    public DateOnly NewYear(int year) => ToSolar(new LunarDate(1, 1, year));

    /// <summary>Giỗ Tổ Hùng Vương: day 10 of the regular month 3 (never its leap twin).</summary>
    public DateOnly HungKingsDay(int year) => ToSolar(new LunarDate(10, 3, year));

    private (LunarYearTable Table, int Index) Locate(int month, int year, bool leap)
    {
        // Months 11 and 12 of lunar year Y open the span that ends with month 11 of solar year Y + 1.
        var table = Table(month >= 11 ? year + 1 : year);
        return (table, table.IndexOf(month, year, leap));
    }

    /// <summary>Lunar year 1899 ends in January 1900, so its last months are in range too.</summary>
    private static void CheckLunarYear(int year) => CheckYear(year == MinYear - 1 ? MinYear : year);

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                CalendarText.Message("YearOutOfRange", year, MinYear, MaxYear));
        }
    }

    private LunarYearTable Table(int solsticeYear) => _tables.GetOrAdd(solsticeYear, _buildTable);

    private LunarYearTable BuildTable(int solsticeYear)
    {
        int from = MonthElevenStart(solsticeYear - 1);
        int to = MonthElevenStart(solsticeYear);
        int k = (int)Math.Round((from - Astronomy.LunationEpoch) / Astronomy.SynodicMonth);
        int count = (int)Math.Round((to - from) / Astronomy.SynodicMonth); // 12, or 13 with a leap month
        var starts = new int[count + 1];
        for (int i = 0; i < count; i++)
        {
            starts[i] = NewMoonDay(k + i);
        }
        starts[count] = to;
        int leap = 0;
        for (int i = 1; count == 13 && i < count && leap == 0; i++)
        {
            // No major solar term inside the month: it starts and ends in the same 30° sector.
            if (SunSector(starts[i]) == SunSector(starts[i + 1]))
            {
                leap = i;
            }
        }
        return new LunarYearTable(solsticeYear, starts, leap);
    }

    /// <summary>First day of the lunar month that contains the winter solstice of <paramref name="year"/>.</summary>
    private int MonthElevenStart(int year)
    {
        int lastDay = Astronomy.JulianDayNumber(new DateOnly(year, 12, 31));
        int k = (int)Math.Floor((lastDay - 2415021) / Astronomy.SynodicMonth);
        int start = NewMoonDay(k);
        // Sector 9 begins at 270°, the solstice: if the Sun is already there, the solstice fell in the month before.
        return SunSector(start) >= 9 ? NewMoonDay(k - 1) : start;
    }

    private int NewMoonDay(int k) => (int)Math.Floor(Astronomy.NewMoon(k) + 0.5 + _utcOffsetHours / 24);

    /// <summary>Which 30° sector (0..11) the Sun is in at local midnight starting day <paramref name="jdn"/>.</summary>
    private int SunSector(int jdn) => (int)(Astronomy.SunLongitude(jdn - 0.5 - _utcOffsetHours / 24) / 30);
}
