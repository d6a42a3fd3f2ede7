namespace InternalTthc.Core.Calendar;

/// <summary>Overdue / remaining status of a due moment against "now" from the injected clock.</summary>
public sealed class DeadlineStatusEvaluator(IDeadlineCalculator calculator, TimeProvider clock)
{
    public DeadlineStatus Evaluate(string jurisdictionCode, DateTimeOffset? due)
    {
        if (due is not { } dueAt)
        {
            return new DeadlineStatus(DeadlineState.None, null, TimeSpan.Zero, TimeSpan.Zero);
        }
        var now = clock.GetUtcNow();
        return now <= dueAt
            ? new DeadlineStatus(DeadlineState.Open, dueAt, calculator.WorkingTimeBetween(jurisdictionCode, now, dueAt), TimeSpan.Zero)
            : new DeadlineStatus(DeadlineState.Overdue, dueAt, TimeSpan.Zero, calculator.WorkingTimeBetween(jurisdictionCode, dueAt, now));
    }
}
