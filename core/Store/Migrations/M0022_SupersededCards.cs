using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>
/// Cards that stay true: a shown card pushed out of the latest ones kept per conversation is marked, so the outbox redraws it
/// as an old card without buttons before forgetting it.
/// </summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000022_SupersededCards")]
public sealed class M0022_SupersededCards : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<DateTime>("superseded_at", "shown_case_cards", nullable: true);
}
