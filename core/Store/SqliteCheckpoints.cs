using Microsoft.Data.Sqlite;

namespace InternalTthc.Core.Store;

/// <summary>
/// SQLite's checkpoints (the WAL's commits copied into the database file, with a disk flush of each) made on a connection
/// of their own once the service serves, instead of inside whichever commit filled the WAL's 1,000 pages. That commit was
/// the group-commit writer's, so every turn waiting on the writer waited for both flushes (7–16 ms each on this machine,
/// a checkpoint every 600 or so greeting turns). Before the service serves (migrations, imports) and in command-line
/// verbs SQLite's own checkpoints stay: nothing would make them otherwise.
/// </summary>
public sealed class SqliteCheckpoints(StoreOptions options, int restartPages = SqliteCheckpoints.RestartPages)
{
    /// <summary>
    /// Past this many WAL pages (64 MB) a checkpoint also waits for the writer and restarts the WAL: beside a writer that
    /// never pauses a checkpoint never catches up with it, and SQLite starts the file again only once it has.
    /// </summary>
    public const int RestartPages = 16_384;

    private volatile bool _apart;

    /// <summary>True once <see cref="TakeOver"/> was called: the service's connections no longer checkpoint on commit.</summary>
    public bool Apart => _apart;

    /// <summary>From now on checkpoints are made by <see cref="RunAsync"/>, which the caller runs often.</summary>
    public void TakeOver() => _apart = true;

    /// <summary>Copies what it can of the WAL without waiting for anyone; restarts the WAL when it has grown past its bound.</summary>
    public async Task<SqliteCheckpoint> RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var busy = connection.CreateCommand())
        {
            // A restart waits inside SQLite for the writer's batch, as the service's own connections do.
            busy.CommandText = SqliteTuning.BusyTimeout(options);
            await busy.ExecuteNonQueryAsync(cancellationToken);
        }

        var passive = await CheckpointAsync(connection, "PASSIVE", cancellationToken);
        return passive.WalPages < restartPages ? passive : await CheckpointAsync(connection, "RESTART", cancellationToken) with { Restarted = true };
    }

    private static async Task<SqliteCheckpoint> CheckpointAsync(SqliteConnection connection, string mode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        // busy, pages in the WAL, pages copied (-1, -1 when the database is not in WAL mode).
        return new SqliteCheckpoint(reader.GetInt32(0) != 0, Math.Max(0, reader.GetInt32(1)), Math.Max(0, reader.GetInt32(2)), false);
    }
}
