using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>Questions answered and published with the search words of their answer; the named stages of incident response.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261122000005_QuestionsAndStages")]
public sealed class M0005_QuestionsAndStages : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<bool>("is_question", "cases", nullable: false, defaultValue: false);
        m.AddColumn<string>("answer_search_text", "cases", nullable: true);
        m.AddColumn<int>("stage_count", "cases", nullable: false, defaultValue: 0);
        m.AddColumn<int>("stage", "cases", nullable: false, defaultValue: 0);
    }
}
