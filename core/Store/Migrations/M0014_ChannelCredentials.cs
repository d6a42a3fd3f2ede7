using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store.Migrations;

/// <summary>The token pairs channels are called with (the Zalo Official Account's), shared by every instance.</summary>
[DbContext(typeof(TthcDbContext))]
[Migration("20261206000014_ChannelCredentials")]
public sealed class M0014_ChannelCredentials : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("channel_credentials", t => new
        {
            key = t.Column<string>(maxLength: 100, nullable: false),
            access_token = t.Column<string>(maxLength: 4000, nullable: false),
            refresh_token = t.Column<string>(maxLength: 4000, nullable: false),
            expires_at = t.Column<DateTime>(nullable: false),
            renewed_at = t.Column<DateTime>(nullable: false),
            version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_channel_credentials", x => x.key));
    }
}
