using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>
/// The send claim of an outbox row: which dispatcher may send it now and since when, so that a row whose lease lapsed
/// while it was being sent is not sent again by another instance (issue 17, the notification sent twice).
/// </summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000023_SendClaims")]
public sealed class M0023_SendClaims : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("send_claim", "outbox_messages", maxLength: 100, nullable: true);
        m.AddColumn<DateTime>("send_claimed_at", "outbox_messages", nullable: true);
    }
}
