using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Calendar;

/// <summary>
/// What the host's "calendar" verbs answer, from the text a person typed: the days off of a year,
/// a due moment, and conversions between the solar and lunar calendars. Bad input becomes a
/// <see cref="CalendarInputException"/> with a Vietnamese message and an English hint.
/// </summary>
public sealed class CalendarQueries(VietnameseLunarCalendar lunar, WorkingCalendar calendar, DeadlineCalculator deadlines)
{
    /// <summary>"calendar holidays 2026".</summary>
    public YearSchedule Holidays(string year) => calendar.GetYear(CalendarInput.ParseYear(year));

    /// <summary>"calendar due --from "2026-02-13 16:10" --working-days 3" (or --working-hours 8).</summary>
    public DueAnswer Due(string from, int? workingDays, int? workingHours, string jurisdictionCode = "")
    {
        var start = CalendarInput.ParseMoment(from);
        if (workingDays.HasValue == workingHours.HasValue)
        {
            throw CalendarInputException.For("NeedOneAmount");
        }
        int amount = workingDays ?? workingHours!.Value;
        if (amount is < 0 or > DeadlineCalculator.MaxAmount)
        {
            throw CalendarInputException.For("BadAmount", amount, DeadlineCalculator.MaxAmount);
        }
        var rule = workingDays.HasValue ? DeadlineRule.WorkingDays(amount) : DeadlineRule.WorkingHours(amount);
        DateTimeOffset due;
        try
        {
            due = deadlines.ComputeDue(jurisdictionCode, rule, start)!.Value;
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw CalendarInputException.For("YearOutOfRange", e.ActualValue ?? "",
                VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear);
        }
        int firstYear = VietnamTime.ToLocal(start).Year, lastYear = VietnamTime.ToLocal(due).Year;
        var computed = Enumerable.Range(firstYear, lastYear - firstYear + 1)
            .Where(year => calendar.GetYear(year).Origin == ScheduleOrigin.Computed).ToList();
        return new DueAnswer(start, rule, due, computed);
    }

    /// <summary>"calendar lunar 2026-02-17".</summary>
    public DateConversion Lunar(string solarDate)
    {
        var date = CalendarInput.ParseDate(solarDate);
        return new DateConversion(date, lunar.ToLunar(date));
    }

    /// <summary>"calendar solar 15/1/2027" (a leap month: "15/3 nhuận/2031").</summary>
    public DateConversion Solar(string lunarDate)
    {
        var date = CalendarInput.ParseLunarDate(lunarDate);
        if (date.Day > (lunar.MonthLength(date.Month, date.Year, date.IsLeapMonth) ?? 0))
        {
            throw CalendarInputException.For("NoSuchLunarDate", date.ToString());
        }
        try
        {
            return new DateConversion(lunar.ToSolar(date), date);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw CalendarInputException.For("YearOutOfRange", e.ActualValue ?? date.Year, VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear);
        }
    }
}
