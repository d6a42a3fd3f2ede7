using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>
/// The moment the queue orders a case by (<see cref="CaseQueueColumn"/>) and the index that serves the agent's queue and its
/// overdue filter a page at a time with a million cases in the store; filled here for the cases already stored.
/// </summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000020_CaseQueueDue")]
public sealed class M0020_CaseQueueDue : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTime>("queue_due", "cases", nullable: true);
        var paused = m.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true ? "'9999-12-31 00:00:00'" : "timestamptz '9999-12-31 00:00:00Z'";
        m.Sql($"""
            UPDATE cases SET queue_due = CASE
                WHEN status = 'Submitted' THEN COALESCE(receipt_due_at, {paused})
                WHEN status IN ('Received', 'InProgress', 'Supplemented', 'AwaitingApproval') THEN COALESCE(resolution_due_at, {paused})
                WHEN status = 'WaitingForSupplement' THEN {paused}
                ELSE NULL END
            """);
        m.CreateIndex("ix_cases_executing_unit_id_urgent_queue_due_id", "cases", ["executing_unit_id", "urgent", "queue_due", "id"],
            descending: [false, true, false, false], filter: "queue_due IS NOT NULL");
    }
}
