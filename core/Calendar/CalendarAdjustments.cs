namespace InternalTthc.Core.Calendar;

/// <summary>
/// The stored days as the calendar counts them now. The host replaces the whole set when the store says otherwise
/// (at start, after an administrator's change, and on a refresh for changes made by another instance); the working
/// calendar sees the new version on its next question, without a restart.
/// </summary>
public sealed class CalendarAdjustments
{
    private Snapshot _current = new(0, [], []);

    public int Version => _current.Version;

    public IReadOnlyList<ConfiguredDay> DaysOff => _current.DaysOff;

    public IReadOnlyList<ConfiguredDay> WorkingDays => _current.WorkingDays;

    /// <summary>Takes the stored days; a set equal to the current one changes nothing (the calendar keeps its cache).</summary>
    public void Replace(IEnumerable<CalendarAdjustment> stored)
    {
        var list = stored.OrderBy(a => a.Date).ToList();
        var off = list.Where(a => a.Kind == CalendarAdjustmentKind.DayOff).Select(a => a.AsConfiguredDay()).ToList();
        var work = list.Where(a => a.Kind == CalendarAdjustmentKind.WorkingDay).Select(a => a.AsConfiguredDay()).ToList();
        var current = _current;
        if (off.SequenceEqual(current.DaysOff) && work.SequenceEqual(current.WorkingDays))
        {
            return;
        }

        // One reference swap: a reader sees the old set or the new one, never half of each.
        Interlocked.Exchange(ref _current, new Snapshot(current.Version + 1, off, work));
    }

    private sealed record Snapshot(int Version, IReadOnlyList<ConfiguredDay> DaysOff, IReadOnlyList<ConfiguredDay> WorkingDays);
}
