using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>The case cards channels show, so a change of the case updates them in place. A table of its own: independent of other migrations' order.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261122000007_ShownCaseCards")]
public sealed class M0007_ShownCaseCards : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("shown_case_cards", t => new
        {
            id = t.Column<Guid>(nullable: false),
            case_id = t.Column<Guid>(nullable: false),
            channel_id = t.Column<string>(maxLength: 40, nullable: false),
            conversation_id = t.Column<string>(maxLength: 300, nullable: false),
            activity_id = t.Column<string>(maxLength: 200, nullable: false),
            viewer_id = t.Column<Guid>(nullable: true),
            case_version = t.Column<int>(nullable: false),
            shown_at = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_shown_case_cards", x => x.id));
        m.CreateIndex("ix_shown_case_cards_channel_id_conversation_id_activity_id", "shown_case_cards", ["channel_id", "conversation_id", "activity_id"], unique: true);
        m.CreateIndex("ix_shown_case_cards_case_id", "shown_case_cards", "case_id");
    }
}
