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
}
