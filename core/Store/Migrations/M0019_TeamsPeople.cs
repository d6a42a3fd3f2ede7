using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>
/// Teams as its users meet it: a person's Entra object id and UPN (his Teams account links itself), the language he
/// chose, who was greeted in which conversation, and a shown card held while a press on it redraws it.
/// </summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000019_TeamsPeople")]
public sealed class M0019_TeamsPeople : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("entra_object_id", "people", maxLength: 100, nullable: true);
        m.AddColumn<string>("user_principal_name", "people", maxLength: 200, nullable: true);
        m.AddColumn<string>("language", "people", maxLength: 10, nullable: true);
        m.CreateIndex("ix_people_entra_object_id", "people", "entra_object_id");
        m.CreateIndex("ix_people_user_principal_name", "people", "user_principal_name");
        m.AddColumn<DateTime>("held_until", "shown_case_cards", nullable: true);
        m.CreateTable("conversation_greetings", t => new
        {
            channel_id = t.Column<string>(maxLength: 40, nullable: false),
            conversation_id = t.Column<string>(maxLength: 300, nullable: false),
            account_id = t.Column<string>(maxLength: 200, nullable: false),
            greeted_at = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_conversation_greetings", x => new { x.channel_id, x.conversation_id, x.account_id }));
    }
}
