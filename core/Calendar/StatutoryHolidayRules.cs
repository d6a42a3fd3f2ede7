namespace InternalTthc.Core.Calendar;

/// <summary>
/// The days off of a year without an official notice, from Bộ luật Lao động 2019: Điều 112 khoản 1
/// (the 11 paid holidays) and Điều 111 khoản 3 (a holiday on a weekend gives the next working day
/// off). Where the law leaves the choice to the Prime Minister, a documented default is used.
/// </summary>
public sealed class StatutoryHolidayRules(VietnameseLunarCalendar lunar)
{
    public YearSchedule Compute(int year)
    {
        // Two holidays on one day (Giỗ Tổ can fall on 30/4) make one day off with both reasons.
        var holidays = Holidays(year).GroupBy(h => h.Date).OrderBy(g => g.Key)
            .Select(g => new CalendarEntry(g.Key, string.Join("; ", g.Select(h => h.Reason)))).ToList();
        var off = holidays.Select(h => h.Date).ToHashSet();
        var compensatory = new List<CalendarEntry>();
        foreach (var holiday in holidays.Where(h => VietnamTime.IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (VietnamTime.IsWeekend(day) || off.Contains(day))
            {
                day = day.AddDays(1);
            }
            off.Add(day);
            compensatory.Add(new CalendarEntry(day, CalendarText.Vietnamese("Compensatory", holiday.Reason)));
        }
        var source = CalendarText.Vietnamese("ComputedSource");
        var daysOff = holidays.Concat(compensatory).OrderBy(d => d.Date).Select(d => d with { Source = source }).ToList();
        return new YearSchedule(year, ScheduleOrigin.Computed, [source], daysOff, []);
    }

    private IEnumerable<CalendarEntry> Holidays(int year)
    {
        yield return new(new DateOnly(year, 1, 1), CalendarText.Vietnamese("NewYearDay"));
        // Five Tết days placed by the PM each year; default: the last day of the old year and mùng 1–4.
        var tet = lunar.NewYear(year);
        var tetName = CalendarText.Vietnamese("LunarNewYear", new LunarDate(1, 1, year).YearName);
        for (int offset = -1; offset <= 3; offset++)
        {
            yield return new(tet.AddDays(offset), tetName);
        }
        yield return new(lunar.HungKingsDay(year), CalendarText.Vietnamese("HungKings"));
        yield return new(new DateOnly(year, 4, 30), CalendarText.Vietnamese("VictoryDay"));
        yield return new(new DateOnly(year, 5, 1), CalendarText.Vietnamese("LabourDay"));
        var nationalDay = new DateOnly(year, 9, 2);
        yield return new(nationalDay, CalendarText.Vietnamese("NationalDay"));
        // The adjacent day is the PM's choice; default: the one that joins a weekend (3/9 after a Monday or Thursday, else 1/9).
        var adjacent = nationalDay.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
        yield return new(adjacent, CalendarText.Vietnamese("NationalDayAdjacent"));
    }
}
