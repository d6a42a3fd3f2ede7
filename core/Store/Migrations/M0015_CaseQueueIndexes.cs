using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>
/// Indexes for paging a unit's open cases newest first and for an agency's overdue queue on each clock, so they stay fast
/// with a million cases in the store (the seeding and benchmark verbs measure them).
/// </summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000015_CaseQueueIndexes")]
public sealed class M0015_CaseQueueIndexes : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateIndex("ix_cases_unit_id_status_created_at", "cases", ["unit_id", "status", "created_at"]);
        m.CreateIndex("ix_cases_executing_unit_id_status_receipt_due_at", "cases", ["executing_unit_id", "status", "receipt_due_at"]);
        m.CreateIndex("ix_cases_executing_unit_id_status_resolution_due_at", "cases", ["executing_unit_id", "status", "resolution_due_at"]);
    }
}
