using System.Data;
using System.Data.Common;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// The turn's connection hold on SQLite (issue 14): taken lazily, so a turn that runs no EF command opens no connection; once
/// a command opened it, every later command and transaction of the turn runs on it; the release closes it.
/// </summary>
public sealed class ConnectionHoldTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_hold_without_a_command_opens_no_connection()
    {
        var opens = new OpenCounter();
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite, configure: s => s.AddSingleton<IInterceptor>(opens));
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var before = opens.Count;

        await (await scope.ServiceProvider.GetRequiredService<IConnectionHold>().HoldAsync(Ct)).DisposeAsync();

        Assert.Equal(before, opens.Count);
        Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
    }

    [Fact]
    public async Task The_commands_of_a_hold_share_the_connection_the_first_opened_and_the_release_closes_it()
    {
        var opens = new OpenCounter();
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite, configure: s => s.AddSingleton<IInterceptor>(opens));
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var before = opens.Count;

        var hold = await scope.ServiceProvider.GetRequiredService<IConnectionHold>().HoldAsync(Ct);
        await db.Units.CountAsync(Ct);
        Assert.Equal(ConnectionState.Open, db.Database.GetDbConnection().State);
        await db.People.CountAsync(Ct);
        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO service_settings (key, value, updated_at) VALUES ('hold-test', 'x', '2026-12-06 00:00:00')", Ct);
            await transaction.CommitAsync(Ct);
        }

        Assert.Equal(ConnectionState.Open, db.Database.GetDbConnection().State);
        Assert.Equal(before + 1, opens.Count);
        await hold.DisposeAsync();

        Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
        // Without a hold EF opens and closes around each command again, and the committed row is there.
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM service_settings WHERE key = 'hold-test'").SingleAsync(Ct));
        Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
        Assert.Equal(before + 2, opens.Count);
    }

    private sealed class OpenCounter : DbConnectionInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _count);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}
