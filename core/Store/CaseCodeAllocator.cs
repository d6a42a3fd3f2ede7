using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace InternalTthc.Core.Store;

/// <summary>
/// Gives the next case code of a jurisdiction and year ("LCU-2026-00042"); two instances never get the same number.
/// On PostgreSQL the number is taken and committed at once on a connection of its own: taken inside the filing's
/// transaction, the counter row stayed locked until that filing committed, so every filing of a jurisdiction waited for
/// the one before it, and 200 people filing at once queued past the command timeout (the two-instance SIGKILL run: 48
/// filings waiting on the row, statements cancelled and retried, 8 filings a minute). A filing rolled back after taking
/// its number leaves that number unused. On SQLite, which writes one transaction at a time anyway, the counter moves
/// inside the caller's transaction, so a code is used only if the case is saved.
/// </summary>
internal sealed class CaseCodeAllocator(StoreOptions options)
{
    // Its own pool: a filing holds a pooled connection while it asks for this one, which must never wait for that pool.
    // Small: one short statement each, and the server's connections are shared by the instances' main pools (two
    // instances at 40 each plus this pool at the main pool's size ran a 100-connection server out of slots, 53300).
    private const string PoolName = "internaltthc-case-codes";
    private const int PoolSize = 4;

    // The store's connection string made into this pool's once, not parsed again by every filing.
    private PooledConnectionString? _pooled;

    public async Task<string> NextAsync(TthcDbContext db, string jurisdictionCode, string prefix, int year, CancellationToken cancellationToken)
    {
        // The engine as configured: EF's IsNpgsql asks the provider's assembly for its name by reflection at every call.
        var number = options.Provider == StoreProvider.PostgreSql
            ? await NextCommittedAsync(PoolOf(db.Database.GetConnectionString()!), jurisdictionCode, year, cancellationToken)
            : await NextInTransactionAsync(db, jurisdictionCode, year, cancellationToken);
        return $"{prefix}-{year}-{number:D5}";
    }

    // One statement (it was an insert of the row, then its update): SQLite's writer runs every filing's statements in turn.
    // Run as EF runs a raw statement (its command, parameters, interceptors and log), read as a scalar: through SqlQuery it
    // was a LINQ query, its expression tree made, looked up and its reader shaped for every filing (most of the code's cost).
    private static async Task<int> NextInTransactionAsync(TthcDbContext db, string jurisdictionCode, int year, CancellationToken cancellationToken)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(NextSql, [jurisdictionCode, year], db.Model);
        var number = await command.RelationalCommand.ExecuteScalarAsync(
            new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), command.ParameterValues, readerColumns: null, db,
                db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.ExecuteSqlRaw), cancellationToken);
        return Convert.ToInt32(number, CultureInfo.InvariantCulture);
    }

    private const string NextSql = """
        INSERT INTO case_code_counters (jurisdiction_code, year, last_number) VALUES ({0}, {1}, 1)
        ON CONFLICT (jurisdiction_code, year) DO UPDATE SET last_number = case_code_counters.last_number + 1
        RETURNING last_number
        """;

    // One statement outside any transaction: the row is locked only while it runs. A transient failure here fails the
    // caller's unit of work, which its execution strategy runs again.
    private static async Task<int> NextCommittedAsync(string poolConnectionString, string jurisdictionCode, int year, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(poolConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO case_code_counters (jurisdiction_code, year, last_number) VALUES ($1, $2, 1)
            ON CONFLICT (jurisdiction_code, year) DO UPDATE SET last_number = case_code_counters.last_number + 1
            RETURNING last_number
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = jurisdictionCode });
        command.Parameters.Add(new NpgsqlParameter { Value = year });
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private string PoolOf(string storeConnectionString)
    {
        var known = _pooled;
        if (known is not null && string.Equals(known.Store, storeConnectionString, StringComparison.Ordinal))
        {
            return known.Pool;
        }

        var pool = new NpgsqlConnectionStringBuilder(storeConnectionString) { ApplicationName = PoolName };
        pool.MaxPoolSize = Math.Max(PoolSize, pool.MinPoolSize);
        _pooled = new PooledConnectionString(storeConnectionString, pool.ConnectionString);
        return pool.ConnectionString;
    }

    private sealed record PooledConnectionString(string Store, string Pool);
}
