using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Calendar;

/// <summary>
/// Deadlines (vn-calendar.md §3.3): "N ngày làm việc" skips the receipt day and is due at the end of the
/// Nth working day; "N giờ làm việc" consumes office hours from the start, or from the next opening when
/// the start is outside them; "N giờ" are hours of the clock from the start instant (Bộ luật Dân sự
/// Điều 147.1); "N ngày" skip the start day and end with the Nth day, or the next working day when that
/// one is off (Điều 147.2, 148.5); yearly bounds are exclusive. Arithmetic runs on Vietnam wall-clock
/// time; results are UTC.
/// </summary>
public sealed class DeadlineCalculator(WorkingCalendar calendar, OfficeHours hours, CalendarOptions options) : IDeadlineCalculator
{
    /// <summary>Upper bound for N, far beyond any published deadline, so a typo cannot loop for years.</summary>
    public const int MaxAmount = 10_000;

    /// <summary>A year without any working time means the configuration is broken, not that the deadline is far.</summary>
    private const int MaxDaysWithoutWork = 366;

    public DateTimeOffset? ComputeDue(string jurisdictionCode, DeadlineRule rule, DateTimeOffset start)
    {
        var startDay = DateOnly.FromDateTime(VietnamTime.ToLocal(start));
        return rule.Kind switch
        {
            DeadlineKind.None => null,
            DeadlineKind.WorkingDays => EndOfWorkingDay(jurisdictionCode, AddWorkingDays(startDay, Amount(rule))),
            DeadlineKind.WorkingHours => AddWorkingTime(jurisdictionCode, start, TimeSpan.FromHours(Amount(rule))),
            DeadlineKind.CalendarHours => start.ToUniversalTime() + TimeSpan.FromHours(Amount(rule)),
            DeadlineKind.CalendarDays => EndOfWorkingDay(jurisdictionCode, AddWorkingDays(startDay.AddDays(Amount(rule)), 0)),
            DeadlineKind.BeforeDate => EndOfCalendarDay(jurisdictionCode, LastDayBefore(rule, startDay)),
            DeadlineKind.InMonth => EndOfCalendarDay(jurisdictionCode, LastDayOfMonth(rule, startDay)),
            _ => throw new ArgumentException(CalendarText.Message("BadDeadlineRule", rule.Kind), nameof(rule)),
        };
    }

    public DateOnly AddWorkingDays(DateOnly day, int days)
    {
        for (int counted = 0; counted < days || !calendar.IsWorkingDay(day);)
        {
            day = day.AddDays(1);
            counted += calendar.IsWorkingDay(day) ? 1 : 0;
        }
        return day;
    }

    public DateTimeOffset AddWorkingTime(string jurisdictionCode, DateTimeOffset from, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var cursor = VietnamTime.ToLocal(from);
        var remaining = workingTime;
        var lastWork = DateOnly.FromDateTime(cursor);
        for (var day = lastWork; ; day = day.AddDays(1))
        {
            foreach (var (start, end) in WorkingIntervals(jurisdictionCode, day))
            {
                lastWork = day;
                if (cursor >= end)
                {
                    continue;
                }
                var begin = cursor > start ? cursor : start;
                if (remaining <= end - begin)
                {
                    return VietnamTime.ToUtc(begin + remaining);
                }
                remaining -= end - begin;
            }
            EnsureWorkingTimeExists(jurisdictionCode, lastWork, day);
        }
    }

    public TimeSpan WorkingTimeBetween(string jurisdictionCode, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }
        DateTime localFrom = VietnamTime.ToLocal(from), localTo = VietnamTime.ToLocal(to);
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(localFrom); day <= DateOnly.FromDateTime(localTo); day = day.AddDays(1))
        {
            foreach (var (start, end) in WorkingIntervals(jurisdictionCode, day))
            {
                var overlap = (end < localTo ? end : localTo) - (start > localFrom ? start : localFrom);
                total += overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
            }
        }
        return total;
    }

    public DateTimeOffset SubtractWorkingTime(string jurisdictionCode, DateTimeOffset to, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        if (workingTime == TimeSpan.Zero)
        {
            return to;
        }
        var cursor = VietnamTime.ToLocal(to);
        var remaining = workingTime;
        var lastWork = DateOnly.FromDateTime(cursor);
        for (var day = lastWork; ; day = day.AddDays(-1))
        {
            foreach (var (start, end) in WorkingIntervals(jurisdictionCode, day).Reverse())
            {
                lastWork = day;
                if (cursor <= start)
                {
                    continue;
                }
                var finish = cursor < end ? cursor : end;
                // "<=" lands on a session's opening rather than the previous closing: the same working time, a better moment.
                if (remaining <= finish - start)
                {
                    return VietnamTime.ToUtc(finish - remaining);
                }
                remaining -= finish - start;
            }
            EnsureWorkingTimeExists(jurisdictionCode, lastWork, day);
        }
    }

    public DateTimeOffset NextWorkingMoment(string jurisdictionCode, DateTimeOffset moment)
    {
        var local = VietnamTime.ToLocal(moment);
        var lastWork = DateOnly.FromDateTime(local);
        for (var day = lastWork; ; day = day.AddDays(1))
        {
            foreach (var (start, end) in WorkingIntervals(jurisdictionCode, day))
            {
                lastWork = day;
                // A session's closing instant is already outside: a reminder then would reach an empty office.
                if (local < end)
                {
                    return local >= start ? moment.ToUniversalTime() : VietnamTime.ToUtc(start);
                }
            }
            EnsureWorkingTimeExists(jurisdictionCode, lastWork, day);
        }
    }

    public DateOnly WorkingDaysBefore(DateOnly day, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        for (int counted = 0; counted < days;)
        {
            day = day.AddDays(-1);
            counted += calendar.IsWorkingDay(day) ? 1 : 0;
        }
        return day;
    }

    /// <summary>Whether <paramref name="moment"/> lies in office hours of a working day (a session's closing instant counts).</summary>
    public bool IsWorkingMoment(string jurisdictionCode, DateTimeOffset moment)
    {
        var local = VietnamTime.ToLocal(moment);
        return WorkingIntervals(jurisdictionCode, DateOnly.FromDateTime(local)).Any(i => i.Start <= local && local <= i.End);
    }

    /// <summary>The sessions of <paramref name="day"/> as wall-clock intervals; none on a day off.</summary>
    public IEnumerable<(DateTime Start, DateTime End)> WorkingIntervals(string jurisdictionCode, DateOnly day) =>
        calendar.IsWorkingDay(day)
            ? hours.SessionsOn(jurisdictionCode, day).Select(s => (day.ToDateTime(s.Start), day.ToDateTime(s.End)))
            : [];

    private DateTimeOffset EndOfWorkingDay(string jurisdictionCode, DateOnly day) =>
        options.DueAt == DayEnd.Midnight
            ? VietnamTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue))
            : VietnamTime.ToUtc(day.ToDateTime(hours.SessionsOn(jurisdictionCode, day)[^1].End));

    /// <summary>
    /// The end of a calendar day that may be a day off. At 24:00 it is that day (no extension under
    /// Điều 148.5 until legal review says so); at office close it is the close of the last working
    /// day not after it, since the office is shut on the day itself.
    /// </summary>
    private DateTimeOffset EndOfCalendarDay(string jurisdictionCode, DateOnly day)
    {
        if (options.DueAt == DayEnd.Midnight)
        {
            return EndOfWorkingDay(jurisdictionCode, day);
        }
        var workingDay = day;
        while (!calendar.IsWorkingDay(workingDay))
        {
            workingDay = workingDay.AddDays(-1);
            EnsureWorkingTimeExists(jurisdictionCode, workingDay, day);
        }
        return EndOfWorkingDay(jurisdictionCode, workingDay);
    }

    /// <summary>
    /// "Trước ngày D/M": the day before the first bound after the start, of the start's year or of the next year once
    /// every bound of the year is reached ("trước ngày 20/6 ... trước ngày 20/12": whichever comes next).
    /// </summary>
    private static DateOnly LastDayBefore(DeadlineRule rule, DateOnly start)
    {
        var dates = rule.YearlyDates;
        if (dates.Count == 0 || dates.Any(d => d.Month is < 1 or > 12 || d.Day is < 1 or > 31))
        {
            throw BadRule(rule);
        }

        // Built from the 1st so that a bound of 29/2 in a common year becomes 1/3.
        DateOnly Bound(YearlyDate d, int year) => new DateOnly(year, d.Month, 1).AddDays(d.Day - 1);
        var next = dates.Select(d => Bound(d, start.Year)).Where(b => start < b).DefaultIfEmpty(Bound(dates[0], start.Year + 1)).Min();
        return next.AddDays(-1);
    }

    /// <summary>"Vào tháng M": the last day of month M of the start's year, or of the next year once that month has passed.</summary>
    private static DateOnly LastDayOfMonth(DeadlineRule rule, DateOnly start)
    {
        int month = MonthOf(rule);
        int year = start.Month > month ? start.Year + 1 : start.Year;
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    private static int MonthOf(DeadlineRule rule) => rule.Month is >= 1 and <= 12 ? rule.Month.Value : throw BadRule(rule);

    private static int Amount(DeadlineRule rule) => rule.Value is >= 0 and <= MaxAmount ? rule.Value.Value : throw BadRule(rule);

    private static ArgumentException BadRule(DeadlineRule rule) =>
        new(CalendarText.Message("BadDeadlineRule", rule), nameof(rule));

    private static void EnsureWorkingTimeExists(string jurisdictionCode, DateOnly lastWork, DateOnly day)
    {
        if (Math.Abs(day.DayNumber - lastWork.DayNumber) > MaxDaysWithoutWork)
        {
            throw new InvalidOperationException(CalendarText.Message("NoWorkingTime", MaxDaysWithoutWork, lastWork, jurisdictionCode));
        }
    }
}
