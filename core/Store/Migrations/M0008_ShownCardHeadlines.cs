using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>What a shown card said on top (a notification's news), so redrawing it for a later change keeps saying it.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261122000008_ShownCardHeadlines")]
public sealed class M0008_ShownCardHeadlines : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>("headline", "shown_case_cards", nullable: true);
}
