namespace InternalTthc.Core.Calendar;

/// <summary>Overdue / remaining status of a due moment against "now" from the injected clock.</summary>
public sealed class DeadlineStatusEvaluator(IDeadlineCalculator calculator, TimeProvider clock)
{
    /// <param name="calendarTime">Measure on the clock (a rule in calendar hours or days) rather than in office hours.</param>
    public DeadlineStatus Evaluate(string jurisdictionCode, DateTimeOffset? due, bool calendarTime = false)
    {
        if (due is not { } dueAt)
        {
            return new DeadlineStatus(DeadlineState.None, null, TimeSpan.Zero, TimeSpan.Zero);
        }

        var now = clock.GetUtcNow();
        TimeSpan Between(DateTimeOffset from, DateTimeOffset to) => calendarTime ? to - from : calculator.WorkingTimeBetween(jurisdictionCode, from, to);
        return (now <= dueAt
            ? new DeadlineStatus(DeadlineState.Open, dueAt, Between(now, dueAt), TimeSpan.Zero)
            : new DeadlineStatus(DeadlineState.Overdue, dueAt, TimeSpan.Zero, Between(dueAt, now))) with { CalendarTime = calendarTime };
    }
}
