using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>The kind of each unit (a school, a hospital, a Party committee...), for procedures that include or exclude units by kind.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000010_UnitKinds")]
public sealed class M0010_UnitKinds : Migration
{
    // Enums are stored by name (TthcDbContext's convention); every existing unit is a state administrative body.
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>("kind", "units", maxLength: 40, nullable: false, defaultValue: "Government");
}
