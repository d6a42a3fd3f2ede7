using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Calendar;

/// <summary>
/// Working-time arithmetic of a jurisdiction: weekends, official days off, make-up working
/// Saturdays and office hours. All moments are absolute (any offset in, UTC out).
/// </summary>
public interface IDeadlineCalculator
{
    /// <summary>The due moment of <paramref name="rule"/> started at <paramref name="start"/>, or null when the rule sets none.</summary>
    DateTimeOffset? ComputeDue(string jurisdictionCode, DeadlineRule rule, DateTimeOffset start);

    /// <summary>The moment when <paramref name="workingTime"/> of office hours has passed after <paramref name="from"/>.</summary>
    DateTimeOffset AddWorkingTime(string jurisdictionCode, DateTimeOffset from, TimeSpan workingTime);

    /// <summary>Office-hours time between two moments (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    TimeSpan WorkingTimeBetween(string jurisdictionCode, DateTimeOffset from, DateTimeOffset to);

    /// <summary>
    /// The latest moment before <paramref name="to"/> with <paramref name="workingTime"/> of office hours
    /// between the two: "4 working hours before the due moment".
    /// </summary>
    DateTimeOffset SubtractWorkingTime(string jurisdictionCode, DateTimeOffset to, TimeSpan workingTime);

    /// <summary><paramref name="moment"/> itself when it lies in office hours, else the start of the next office session.</summary>
    DateTimeOffset NextWorkingMoment(string jurisdictionCode, DateTimeOffset moment);

    /// <summary>The Nth working day after <paramref name="day"/> (not counted); N = 0 is the day itself or the next working day.</summary>
    DateOnly AddWorkingDays(DateOnly day, int days);

    /// <summary>The Nth working day before <paramref name="day"/> (not counted): 1 is the last working day before it.</summary>
    DateOnly WorkingDaysBefore(DateOnly day, int days);
}
