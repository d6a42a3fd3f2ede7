using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// One reminder to send at <see cref="At"/>, with what it was planned for, so that the sender can
/// ask <see cref="ReminderPlanner.IsStillDue"/> before sending and drop it once the case has moved on.
/// </summary>
/// <param name="At">When to send (UTC), already moved into office hours unless the policy reminds at any hour.</param>
/// <param name="Status">The case status it was planned in; null for a yearly-date reminder, which belongs to no case.</param>
/// <param name="Due">The due moment it is about; null while a supplement waits, since the clock is paused then.</param>
/// <param name="Since">When the case entered the stage (receipt, resolution, supplement, approval) the reminder belongs to.</param>
/// <param name="Sequence">0 for the first; n for the nth repetition of an overdue, escalation or supplement reminder.</param>
public sealed record PlannedReminder(
    ReminderKind Kind, ReminderAudience Audience, DateTimeOffset At, CaseStatus? Status, DateTimeOffset? Due, DateTimeOffset? Since, int Sequence = 0)
{
    /// <summary>The milestone a yearly-date reminder is about ("Tự đánh giá ..."); null for the procedure's own deadline and for cases.</summary>
    public string? Milestone { get; init; }
}
