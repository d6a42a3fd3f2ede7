using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>Which stage a status belongs to, and when a case entered its stage (its due moment is <see cref="Case.RunningDue"/>).</summary>
internal static class ReminderStages
{
    public static ReminderStage Of(CaseStatus status) => status switch
    {
        CaseStatus.Submitted => ReminderStage.Receipt,
        CaseStatus.Received or CaseStatus.InProgress or CaseStatus.Supplemented => ReminderStage.Resolution,
        CaseStatus.WaitingForSupplement => ReminderStage.Supplement,
        CaseStatus.AwaitingApproval => ReminderStage.Approval,
        _ => ReminderStage.None,
    };

    /// <summary>
    /// When the case entered its current stage: the latest timeline event that changed stage. The
    /// latest by time, not by position, since a store need not load the timeline in order.
    /// </summary>
    public static DateTimeOffset SinceOf(Case c) =>
        c.Timeline.Where(e => Of(e.FromStatus) != Of(e.ToStatus)).Select(e => e.At)
            .DefaultIfEmpty(c.SubmittedAt ?? c.CreatedAt).Max();
}
