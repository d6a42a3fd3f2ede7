namespace InternalTthc.Core.Calendar;

/// <summary>Days <see cref="From"/> to <see cref="To"/> inclusive (one day when To is absent), as written in a schedule file.</summary>
public sealed record ScheduleRange
{
    public DateOnly From { get; init; }
    public DateOnly? To { get; init; }
    public string Reason { get; init; } = "";

    /// <summary>Document number that decided it, e.g. "9441/TB-BNV".</summary>
    public string? Source { get; init; }

    public IEnumerable<CalendarEntry> Days()
    {
        for (var day = From; day <= (To ?? From); day = day.AddDays(1))
        {
            yield return new CalendarEntry(day, Reason, Source);
        }
    }
}
