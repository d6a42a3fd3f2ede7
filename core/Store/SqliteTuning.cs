using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InternalTthc.Core.Store;

/// <summary>
/// SQLite settings fit for WAL, set once on each pooled connection (EF opens a connection per query; the native handle
/// outlives it in the pool, so the handle is what is remembered): synchronous as <see cref="StoreOptions.SqliteSynchronous"/>
/// (NORMAL: a commit waits for no disk flush, the WAL is flushed at checkpoints — a crash of the process loses nothing,
/// a power cut may lose the last moments' commits), and a busy timeout, so a writer waiting for another waits inside
/// SQLite in short steps instead of Microsoft.Data.Sqlite's 150 ms retry sleep. Once <see cref="SqliteCheckpoints"/>
/// makes the checkpoints, no connection of the service makes one on commit.
/// </summary>
internal sealed class SqliteTuning(StoreOptions options, SqliteCheckpoints checkpoints) : DbConnectionInterceptor
{
    private const string NoCheckpointOnCommit = "PRAGMA wal_autocheckpoint=0;";

    // What a handle was last told: one tuned before the checkpoints were taken over is told once more.
    private static readonly object OwnCheckpoints = new();
    private static readonly object CheckpointsApart = new();

    private readonly ConditionalWeakTable<object, object> _tuned = [];

    private string Pragmas => string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous={options.SqliteSynchronous}; ") + BusyTimeout(options);

    /// <summary>The busy timeout every connection of the service's to the file runs with, EF's or its own.</summary>
    public static string BusyTimeout(StoreOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout={(int)options.SqliteBusyTimeout.TotalMilliseconds};");

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction whose commit is flushed to disk before it returns: on SQLite the
    /// connection is set to synchronous=FULL for it and back to the configured level after (the pragma cannot change inside
    /// a transaction); PostgreSQL commits are durable anyway. Inside an open transaction it joins that one, whose commit decides.
    /// </summary>
    public async Task<T> DurablyAsync<T>(TthcDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null || options.SqliteSynchronous == SqliteSynchronous.Full)
        {
            return await db.InTransactionAsync(work, cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL;", cancellationToken);
            return await db.InTransactionAsync(work, cancellationToken);
        }
        finally
        {
            // Back to the configured level before the connection returns to the pool (failing here leaves it FULL: only slower).
            await db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous={options.SqliteSynchronous};"), CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    /// <summary>Sets what this connection's handle was not told yet; a connection of the service's own, outside EF, too.</summary>
    public void Tune(DbConnection connection)
    {
        if (Untuned(connection) is { } command)
        {
            using (command)
            {
                command.ExecuteNonQuery();
            }
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Untuned(connection) is { } command)
        {
            await using (command)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private SqliteCommand? Untuned(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite)
        {
            return null;
        }

        var apart = checkpoints.Apart;
        var known = _tuned.TryGetValue(handle, out var state);
        if (known && (state == CheckpointsApart || !apart))
        {
            return null;
        }

        _tuned.AddOrUpdate(handle, apart ? CheckpointsApart : OwnCheckpoints);
        var command = sqlite.CreateCommand();
        command.CommandText = (known ? "" : Pragmas) + (apart ? NoCheckpointOnCommit : "");
        return command;
    }
}
