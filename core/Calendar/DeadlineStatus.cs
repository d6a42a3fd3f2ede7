namespace InternalTthc.Core.Calendar;

/// <summary>Where a case stands against its deadline at one moment, in office-hours time (what "còn 3 giờ làm việc" means).</summary>
public sealed record DeadlineStatus(DeadlineState State, DateTimeOffset? Due, TimeSpan WorkingTimeLeft, TimeSpan WorkingTimeOverdue)
{
    public bool IsOverdue => State == DeadlineState.Overdue;
}
