using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>Conversation references for proactive messages, one per conversation; the state of conversation flows.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261122000003_ConversationState")]
public sealed class M0003_ConversationState : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("conversation_references", t => new
        {
            channel_id = t.Column<string>(maxLength: 40, nullable: false),
            conversation_id = t.Column<string>(maxLength: 300, nullable: false),
            user_id = t.Column<string>(maxLength: 200, nullable: false),
            is_group = t.Column<bool>(nullable: false),
            payload = t.Column<string>(nullable: false),
            updated_at = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_conversation_references", x => new { x.channel_id, x.conversation_id }));
        m.CreateIndex("ix_conversation_references_channel_id_user_id", "conversation_references", ["channel_id", "user_id"]);

        m.CreateTable("conversation_states", t => new
        {
            key = t.Column<string>(maxLength: 200, nullable: false),
            payload = t.Column<string>(nullable: false),
            version = t.Column<int>(nullable: false),
            updated_at = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_conversation_states", x => x.key));
    }
}
