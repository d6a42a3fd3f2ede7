using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>Per-key order of outbox rows, and finding the rows that wait for a person's first message.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261122000006_OutboxOrder")]
public sealed class M0006_OutboxOrder : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("order_key", "outbox_messages", maxLength: 100, nullable: true);
        m.CreateIndex("ix_outbox_messages_order_key_status", "outbox_messages", ["order_key", "status"]);
        m.CreateIndex("ix_outbox_messages_recipient_id_status", "outbox_messages", ["recipient_id", "status"]);
    }
}
