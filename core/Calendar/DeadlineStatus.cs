namespace InternalTthc.Core.Calendar;

/// <summary>
/// Where a case stands against its deadline at one moment: the time left or overdue, in office-hours time (what
/// "còn 3 giờ làm việc" means), or on the clock when <see cref="CalendarTime"/> (a rule in calendar hours or days).
/// </summary>
public sealed record DeadlineStatus(DeadlineState State, DateTimeOffset? Due, TimeSpan WorkingTimeLeft, TimeSpan WorkingTimeOverdue)
{
    public bool IsOverdue => State == DeadlineState.Overdue;

    /// <summary>The times are hours of the clock, not office hours.</summary>
    public bool CalendarTime { get; init; }
}
