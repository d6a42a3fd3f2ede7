using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>Conversations served by Direct Line from any instance, and the ledger of processed inbound activities.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261122000002_Conversations")]
public sealed class M0002_Conversations : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("chat_conversations", t => new
        {
            id = t.Column<string>(maxLength: 100, nullable: false),
            channel_id = t.Column<string>(maxLength: 40, nullable: false),
            owner_account_id = t.Column<string>(maxLength: 200, nullable: false),
            created_at = t.Column<DateTime>(nullable: false),
            last_sequence = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_chat_conversations", x => x.id));

        m.CreateTable("conversation_log", t => new
        {
            conversation_id = t.Column<string>(maxLength: 100, nullable: false),
            sequence = t.Column<long>(nullable: false),
            payload = t.Column<string>(nullable: false),
            created_at = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_conversation_log", x => new { x.conversation_id, x.sequence });
            t.ForeignKey("fk_conversation_log_chat_conversations_conversation_id", x => x.conversation_id, "chat_conversations", "id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("processed_activities", t => new
        {
            channel_id = t.Column<string>(maxLength: 40, nullable: false),
            activity_id = t.Column<string>(maxLength: 200, nullable: false),
            processed_at = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_processed_activities", x => new { x.channel_id, x.activity_id }));
        m.CreateIndex("ix_processed_activities_processed_at", "processed_activities", "processed_at");
    }
}
