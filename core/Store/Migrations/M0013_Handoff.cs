using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>Hand-offs to agents: the requests and their state, their transcripts, the offer cards shown, the agents' presence.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000013_Handoff")]
public sealed class M0013_Handoff : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("handoffs", t => new
        {
            id = t.Column<Guid>(nullable: false),
            jurisdiction_code = t.Column<string>(maxLength: 40, nullable: false),
            agency_id = t.Column<Guid>(nullable: false),
            requester_id = t.Column<Guid>(nullable: false),
            channel_id = t.Column<string>(maxLength: 40, nullable: false),
            conversation_id = t.Column<string>(maxLength: 300, nullable: false),
            reason = t.Column<string>(maxLength: 40, nullable: false),
            critical = t.Column<bool>(nullable: false),
            status = t.Column<string>(maxLength: 40, nullable: false),
            agent_id = t.Column<Guid>(nullable: true),
            agent_channel_id = t.Column<string>(maxLength: 40, nullable: true),
            agent_conversation_id = t.Column<string>(maxLength: 300, nullable: true),
            requested_at = t.Column<DateTime>(nullable: false),
            taken_at = t.Column<DateTime>(nullable: true),
            last_agent_message_at = t.Column<DateTime>(nullable: true),
            ended_at = t.Column<DateTime>(nullable: true),
            end_reason = t.Column<string>(maxLength: 40, nullable: true),
            case_id = t.Column<Guid>(nullable: true),
            status_activity_id = t.Column<string>(maxLength: 200, nullable: true),
            told_place = t.Column<int>(nullable: true),
            context = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_handoffs", x => x.id));
        m.CreateIndex("ix_handoffs_channel_id_conversation_id_status", "handoffs", ["channel_id", "conversation_id", "status"]);
        m.CreateIndex("ix_handoffs_agency_id_status", "handoffs", ["agency_id", "status"]);
        m.CreateIndex("ix_handoffs_case_id", "handoffs", "case_id");

        m.CreateTable("handoff_messages", t => new
        {
            id = t.Column<Guid>(nullable: false),
            handoff_id = t.Column<Guid>(nullable: false),
            at = t.Column<DateTime>(nullable: false),
            side = t.Column<string>(maxLength: 40, nullable: false),
            author = t.Column<string>(maxLength: 200, nullable: false),
            text = t.Column<string>(nullable: false),
            files = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_handoff_messages", x => x.id));
        m.CreateIndex("ix_handoff_messages_handoff_id_at", "handoff_messages", ["handoff_id", "at"]);

        m.CreateTable("handoff_offers", t => new
        {
            id = t.Column<Guid>(nullable: false),
            handoff_id = t.Column<Guid>(nullable: false),
            agent_id = t.Column<Guid>(nullable: false),
            channel_id = t.Column<string>(maxLength: 40, nullable: false),
            conversation_id = t.Column<string>(maxLength: 300, nullable: false),
            activity_id = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t => t.PrimaryKey("pk_handoff_offers", x => x.id));
        m.CreateIndex("ix_handoff_offers_handoff_id", "handoff_offers", "handoff_id");

        m.CreateTable("agent_presence", t => new
        {
            person_id = t.Column<Guid>(nullable: false),
            online = t.Column<bool>(nullable: false),
            changed_at = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_agent_presence", x => x.person_id));
    }
}
