using InternalTthc.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InternalTthc.Core.Store;

/// <summary>
/// The moment an executing unit's queue orders a case by, as a column written at every save: the running clock's due
/// (<see cref="Case.RunningDue"/>), <see cref="Paused"/> while a case in the queue has no clock running (it comes last),
/// null when the case is in no queue (draft, awaiting confirmation, closed). With the (executing unit, urgent, queue due)
/// index a page of the queue, or of its overdue cases, is read off the index in order, not sorted from every open case.
/// </summary>
internal static class CaseQueueColumn
{
    public const string QueueDue = "QueueDue";

    /// <summary>Later than any due moment, the same text on SQLite and moment on PostgreSQL: paused cases sort last on both engines.</summary>
    public static readonly DateTimeOffset Paused = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property<DateTimeOffset?>(QueueDue);
        b.HasIndex(nameof(Case.ExecutingUnitId), nameof(Case.Urgent), QueueDue, nameof(Case.Id))
            .IsDescending(false, true, false, false).HasFilter("queue_due IS NOT NULL");
    }

    public static DateTimeOffset? Of(Case c) => InQueue(c.Status) ? c.RunningDue ?? Paused : null;

    /// <summary>What <see cref="ICaseStore.PageQueueAsync"/> lists: open, past the requester's confirmation.</summary>
    public static bool InQueue(CaseStatus status) =>
        !CaseWorkflow.IsClosed(status) && status is not (CaseStatus.Draft or CaseStatus.AwaitingConfirmation);
}
