using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>
/// The first schema, written by hand (the EF design-time package cannot be restored here).
/// Column types are left to each engine's default mapping so one migration serves both.
/// A contract test checks that every column of the EF model exists after migrating.
/// </summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261122000001_Initial")]
public sealed class M0001_Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("units", t => new
        {
            id = t.Column<Guid>(nullable: false),
            code = t.Column<string>(maxLength: 80, nullable: false),
            name = t.Column<string>(nullable: false),
            jurisdiction_code = t.Column<string>(maxLength: 60, nullable: false),
            level = t.Column<string>(maxLength: 40, nullable: false),
            parent_id = t.Column<Guid>(nullable: true),
            is_demo = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_units", x => x.id);
            t.ForeignKey("fk_units_units_parent_id", x => x.parent_id, "units", "id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("ix_units_code", "units", "code", unique: true);
        m.CreateIndex("ix_units_parent_id", "units", "parent_id");

        m.CreateTable("people", t => new
        {
            id = t.Column<Guid>(nullable: false),
            login = t.Column<string>(maxLength: 200, nullable: false),
            full_name = t.Column<string>(nullable: false),
            position = t.Column<string>(nullable: true),
            unit_id = t.Column<Guid>(nullable: false),
            email = t.Column<string>(nullable: true),
            phone = t.Column<string>(nullable: true),
            active = t.Column<bool>(nullable: false),
            is_demo = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_people", x => x.id);
            t.ForeignKey("fk_people_units_unit_id", x => x.unit_id, "units", "id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("ix_people_login", "people", "login", unique: true);
        m.CreateIndex("ix_people_unit_id", "people", "unit_id");

        m.CreateTable("role_assignments", t => new
        {
            id = t.Column<Guid>(nullable: false),
            person_id = t.Column<Guid>(nullable: false),
            role = t.Column<string>(maxLength: 40, nullable: false),
            unit_id = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_role_assignments", x => x.id);
            t.ForeignKey("fk_role_assignments_people_person_id", x => x.person_id, "people", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_role_assignments_units_unit_id", x => x.unit_id, "units", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_role_assignments_person_id_role_unit_id", "role_assignments", ["person_id", "role", "unit_id"], unique: true);
        m.CreateIndex("ix_role_assignments_unit_id_role", "role_assignments", ["unit_id", "role"]);

        m.CreateTable("channel_accounts", t => new
        {
            id = t.Column<Guid>(nullable: false),
            channel_id = t.Column<string>(maxLength: 40, nullable: false),
            account_id = t.Column<string>(maxLength: 200, nullable: false),
            aad_object_id = t.Column<string>(nullable: true),
            tenant_id = t.Column<string>(nullable: true),
            person_id = t.Column<Guid>(nullable: true),
            conversation_reference = t.Column<string>(nullable: true),
            last_seen_at = t.Column<DateTime>(nullable: true),
            blocked_at = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_channel_accounts", x => x.id);
            t.ForeignKey("fk_channel_accounts_people_person_id", x => x.person_id, "people", "id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("ix_channel_accounts_channel_id_account_id", "channel_accounts", ["channel_id", "account_id"], unique: true);
        m.CreateIndex("ix_channel_accounts_person_id", "channel_accounts", "person_id");

        CreateCases(m);
        CreateOutbox(m);
    }

    private static void CreateCases(MigrationBuilder m)
    {
        m.CreateTable("cases", t => new
        {
            id = t.Column<Guid>(nullable: false),
            code = t.Column<string>(maxLength: 40, nullable: true),
            jurisdiction_code = t.Column<string>(maxLength: 60, nullable: false),
            procedure_code = t.Column<string>(maxLength: 80, nullable: false),
            sub_case_code = t.Column<string>(maxLength: 80, nullable: true),
            unit_id = t.Column<Guid>(nullable: false),
            requester_id = t.Column<Guid>(nullable: false),
            executing_unit_id = t.Column<Guid>(nullable: false),
            deciding_unit_id = t.Column<Guid>(nullable: false),
            urgent = t.Column<bool>(nullable: false),
            needs_unit_confirmation = t.Column<bool>(nullable: false),
            needs_approval = t.Column<bool>(nullable: false),
            status = t.Column<string>(maxLength: 40, nullable: false),
            answers = t.Column<string>(nullable: false),
            attachments = t.Column<string>(nullable: false),
            assignee_id = t.Column<Guid>(nullable: true),
            created_at = t.Column<DateTime>(nullable: false),
            submitted_at = t.Column<DateTime>(nullable: true),
            received_at = t.Column<DateTime>(nullable: true),
            receipt_due_at = t.Column<DateTime>(nullable: true),
            resolution_due_at = t.Column<DateTime>(nullable: true),
            paused_remaining = t.Column<long>(nullable: true),
            closed_at = t.Column<DateTime>(nullable: true),
            result = t.Column<string>(nullable: true),
            rejection_reason = t.Column<string>(nullable: true),
            version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_cases", x => x.id));
        m.CreateIndex("ix_cases_code", "cases", "code", unique: true);
        m.CreateIndex("ix_cases_unit_id_status", "cases", ["unit_id", "status"]);
        m.CreateIndex("ix_cases_executing_unit_id_status", "cases", ["executing_unit_id", "status"]);
        m.CreateIndex("ix_cases_assignee_id_status", "cases", ["assignee_id", "status"]);
        m.CreateIndex("ix_cases_status_resolution_due_at", "cases", ["status", "resolution_due_at"]);
        m.CreateIndex("ix_cases_status_receipt_due_at", "cases", ["status", "receipt_due_at"]);

        m.CreateTable("case_events", t => new
        {
            id = t.Column<Guid>(nullable: false),
            case_id = t.Column<Guid>(nullable: false),
            at = t.Column<DateTime>(nullable: false),
            actor_id = t.Column<Guid>(nullable: false),
            action = t.Column<string>(maxLength: 40, nullable: false),
            from_status = t.Column<string>(maxLength: 40, nullable: false),
            to_status = t.Column<string>(maxLength: 40, nullable: false),
            note = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_case_events", x => x.id);
            t.ForeignKey("fk_case_events_cases_case_id", x => x.case_id, "cases", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_case_events_case_id_at", "case_events", ["case_id", "at"]);

        // Case codes count per jurisdiction and year; read and bumped with raw SQL in the submit transaction.
        m.CreateTable("case_code_counters", t => new
        {
            jurisdiction_code = t.Column<string>(maxLength: 60, nullable: false),
            year = t.Column<int>(nullable: false),
            last_number = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_case_code_counters", x => new { x.jurisdiction_code, x.year }));
    }

    private static void CreateOutbox(MigrationBuilder m)
    {
        m.CreateTable("outbox_messages", t => new
        {
            id = t.Column<Guid>(nullable: false),
            topic = t.Column<string>(maxLength: 60, nullable: false),
            case_id = t.Column<Guid>(nullable: true),
            payload = t.Column<string>(nullable: false),
            idempotency_key = t.Column<string>(maxLength: 200, nullable: false),
            status = t.Column<string>(maxLength: 40, nullable: false),
            attempts = t.Column<int>(nullable: false),
            created_at = t.Column<DateTime>(nullable: false),
            next_attempt_at = t.Column<DateTime>(nullable: false),
            lease_owner = t.Column<string>(maxLength: 100, nullable: true),
            lease_until = t.Column<DateTime>(nullable: true),
            sent_at = t.Column<DateTime>(nullable: true),
            last_error = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_outbox_messages", x => x.id));
        m.CreateIndex("ix_outbox_messages_idempotency_key", "outbox_messages", "idempotency_key", unique: true);
        m.CreateIndex("ix_outbox_messages_status_next_attempt_at", "outbox_messages", ["status", "next_attempt_at"]);
    }
}
