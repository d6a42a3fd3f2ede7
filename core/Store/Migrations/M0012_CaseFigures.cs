using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>
/// The dashboard's figures of each case, written when it is saved (the day it was finished, how it kept its deadline,
/// the working time it took, its rating), and the indexes of the periods and scopes the dashboard reads. A case finished
/// before this migration gets its figures when it is next saved.
/// </summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000012_CaseFigures")]
public sealed class M0012_CaseFigures : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateOnly>("finished_on", "cases", nullable: true);
        m.AddColumn<string>("timeliness", "cases", maxLength: 40, nullable: true);
        m.AddColumn<int>("handling_minutes", "cases", nullable: true);
        m.AddColumn<int>("rating_score", "cases", nullable: true);
        m.CreateIndex("ix_cases_jurisdiction_code_submitted_at", "cases", ["jurisdiction_code", "submitted_at"]);
        m.CreateIndex("ix_cases_executing_unit_id_submitted_at", "cases", ["executing_unit_id", "submitted_at"]);
        m.CreateIndex("ix_cases_jurisdiction_code_finished_on", "cases", ["jurisdiction_code", "finished_on"]);
        m.CreateIndex("ix_cases_executing_unit_id_finished_on", "cases", ["executing_unit_id", "finished_on"]);
    }
}
