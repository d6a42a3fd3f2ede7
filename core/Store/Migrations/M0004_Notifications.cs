using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>Who an outbox row is for, the delivery log, announcements, and the requester's rating of a result.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261122000004_Notifications")]
public sealed class M0004_Notifications : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<Guid>("recipient_id", "outbox_messages", nullable: true);
        m.AddColumn<Guid>("announcement_id", "outbox_messages", nullable: true);
        m.CreateIndex("ix_outbox_messages_case_id", "outbox_messages", "case_id");
        m.CreateIndex("ix_outbox_messages_announcement_id", "outbox_messages", "announcement_id");
        m.AddColumn<string>("rating", "cases", nullable: true);

        m.CreateTable("delivery_log", t => new
        {
            id = t.Column<Guid>(nullable: false),
            outbox_message_id = t.Column<Guid>(nullable: false),
            person_id = t.Column<Guid>(nullable: true),
            channel_id = t.Column<string>(maxLength: 40, nullable: true),
            outcome = t.Column<string>(maxLength: 40, nullable: false),
            at = t.Column<DateTime>(nullable: false),
            detail = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_delivery_log", x => x.id));
        m.CreateIndex("ix_delivery_log_outbox_message_id", "delivery_log", "outbox_message_id");

        m.CreateTable("announcements", t => new
        {
            id = t.Column<Guid>(nullable: false),
            jurisdiction_code = t.Column<string>(maxLength: 60, nullable: false),
            audience = t.Column<string>(maxLength: 40, nullable: false),
            title = t.Column<string>(maxLength: 300, nullable: false),
            text = t.Column<string>(nullable: false),
            maintenance_at = t.Column<DateTime>(nullable: true),
            urgent = t.Column<bool>(nullable: false),
            created_by = t.Column<Guid>(nullable: false),
            created_at = t.Column<DateTime>(nullable: false),
            recipients = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_announcements", x => x.id));
    }
}
