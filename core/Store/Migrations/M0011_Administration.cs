using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>
/// What administration and operations keep: the administrators' days off and make-up days, the running instances
/// (a restore must not overwrite a store in use), and values every instance reads (the catalog's last reload).
/// </summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000011_Administration")]
public sealed class M0011_Administration : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("calendar_adjustments", t => new
        {
            id = t.Column<Guid>(nullable: false),
            date = t.Column<DateOnly>(nullable: false),
            kind = t.Column<string>(maxLength: 40, nullable: false),
            reason = t.Column<string>(maxLength: 400, nullable: false),
            added_by = t.Column<string>(maxLength: 200, nullable: false),
            added_at = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_calendar_adjustments", x => x.id));
        m.CreateIndex("ix_calendar_adjustments_date", "calendar_adjustments", "date", unique: true);

        m.CreateTable("service_instances", t => new
        {
            id = t.Column<string>(maxLength: 100, nullable: false),
            host = t.Column<string>(maxLength: 100, nullable: false),
            process_id = t.Column<int>(nullable: false),
            started_at = t.Column<DateTime>(nullable: false),
            last_seen_at = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_service_instances", x => x.id));

        m.CreateTable("service_settings", t => new
        {
            key = t.Column<string>(maxLength: 100, nullable: false),
            value = t.Column<string>(maxLength: 400, nullable: false),
            updated_at = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_service_settings", x => x.key));
    }
}
