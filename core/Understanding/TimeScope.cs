using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Understanding;

/// <summary>The reference moment, the context and the calendars, shared by the time readers of one parse.</summary>
internal sealed record TimeScope(
    DateTime Reference,
    TimeContext Context,
    WorkingCalendar Calendar,
    VietnameseLunarCalendar Lunar,
    DeadlineCalculator Deadlines,
    OfficeHours Hours,
    string JurisdictionCode)
{
    public DateOnly Today => DateOnly.FromDateTime(Reference);

    /// <summary>Monday of the week <paramref name="offset"/> weeks from this one (weeks run Monday to Sunday).</summary>
    public DateOnly Monday(int offset = 0) => Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7) + 7 * offset);

    /// <summary>The office sessions of <paramref name="day"/> (the first opens the morning, the last closes the afternoon).</summary>
    public IReadOnlyList<OfficeSession> Sessions(DateOnly day) => Hours.SessionsOn(JurisdictionCode, day);

    /// <summary>
    /// The context rule for something that recurs each period (a weekday each week, a date each year):
    /// the current period's instance, unless it lies on the wrong side of today for the context; then
    /// the previous (incident) or next (deadline) one, marked as moved. Null when the instance does not exist.
    /// </summary>
    public (DateOnly First, DateOnly Last, bool Moved)? Resolve(Func<int, (DateOnly First, DateOnly Last)?> instance)
    {
        if (instance(0) is not { } current)
        {
            return null;
        }
        if (Context == TimeContext.Incident && current.First > Today)
        {
            return instance(-1) is { } previous ? (previous.First, previous.Last, true) : null;
        }
        if (Context == TimeContext.Deadline && current.Last < Today)
        {
            return instance(1) is { } next ? (next.First, next.Last, true) : null;
        }
        return (current.First, current.Last, false);
    }

    /// <summary><see cref="Resolve"/> for a single day.</summary>
    public ResolvedDay? ResolveDay(Func<int, DateOnly?> instance) =>
        Resolve(k => instance(k) is { } day ? (day, day) : null) is { } r ? new ResolvedDay(r.First, r.Moved) : null;
}
