using System.Collections.Concurrent;

namespace InternalTthc.Core.Calendar;

/// <summary>
/// Which days are working days for civil servants: Monday–Friday, minus the days off of the year's
/// official schedule (or of the Labour Code rules when no notice exists), plus make-up Saturdays,
/// then the administrator's extra days from <see cref="CalendarOptions"/> and from the store
/// (<see cref="CalendarAdjustments"/>, taken on the next question after they change), which win over both.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly IReadOnlyDictionary<int, YearSchedule> _official;
    private readonly StatutoryHolidayRules _rules;
    private readonly CalendarOptions _options;
    private readonly CalendarAdjustments _adjustments;
    private YearCache _years = new(0);

    public WorkingCalendar(CalendarOptions options, VietnameseLunarCalendar lunar)
        : this(options, lunar, OfficialSchedules.Load(options.ScheduleDirectory))
    {
    }

    public WorkingCalendar(CalendarOptions options, VietnameseLunarCalendar lunar, IReadOnlyDictionary<int, YearSchedule> official, CalendarAdjustments? adjustments = null)
    {
        _options = options;
        _adjustments = adjustments ?? new CalendarAdjustments();
        _rules = new StatutoryHolidayRules(lunar);
        _official = official;
    }

    /// <summary>The year's days off and make-up days; <see cref="YearSchedule.Origin"/> tells official from computed.</summary>
    public YearSchedule GetYear(int year) => Index(year).Schedule;

    public bool IsWorkingDay(DateOnly day)
    {
        var year = Index(day.Year);
        return year.MakeUp.Contains(day) || (!year.Off.Contains(day) && !VietnamTime.IsWeekend(day));
    }

    private IndexedYear Index(int year)
    {
        var cache = _years;
        if (cache.Version != _adjustments.Version)
        {
            // The stored days changed: years are indexed again from the new set.
            cache = new YearCache(_adjustments.Version);
            _years = cache;
        }

        return cache.GetOrAdd(year, Build);
    }

    private IndexedYear Build(int year)
    {
        var schedule = _official.TryGetValue(year, out var official) ? official : _rules.Compute(year);
        var source = CalendarText.Vietnamese("ConfiguredSource");
        var extraOff = Extra([.. _options.ExtraDaysOff, .. _adjustments.DaysOff], year, source);
        var extraWork = Extra([.. _options.ExtraWorkingDays, .. _adjustments.WorkingDays], year, source);
        var extraDates = extraOff.Concat(extraWork).Select(d => d.Date).ToHashSet();
        var daysOff = schedule.DaysOff.Where(d => !extraDates.Contains(d.Date)).Concat(extraOff).OrderBy(d => d.Date).ToList();
        var makeUp = schedule.MakeUpDays.Where(d => !extraDates.Contains(d.Date)).Concat(extraWork).OrderBy(d => d.Date).ToList();
        var merged = schedule with { DaysOff = daysOff, MakeUpDays = makeUp };
        return new IndexedYear(merged, daysOff.Select(d => d.Date).ToHashSet(), makeUp.Select(d => d.Date).ToHashSet());
    }

    /// <summary>The year's extra days; a date given twice (configured and stored) counts once, the stored one.</summary>
    private static List<CalendarEntry> Extra(IReadOnlyList<ConfiguredDay> days, int year, string source) =>
        days.Where(d => d.Date.Year == year).Reverse().DistinctBy(d => d.Date).Select(d => new CalendarEntry(d.Date, d.Reason, source)).ToList();

    private sealed class YearCache(int version) : ConcurrentDictionary<int, IndexedYear>
    {
        public int Version { get; } = version;
    }

    private sealed record IndexedYear(YearSchedule Schedule, HashSet<DateOnly> Off, HashSet<DateOnly> MakeUp);
}
