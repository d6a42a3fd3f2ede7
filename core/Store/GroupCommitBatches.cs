using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InternalTthc.Core.Store;

/// <summary>
/// Commits one batch of <see cref="GroupCommit"/>'s writes in one transaction, and tells each caller its result: on a SQLite
/// file a batch of statements on the writer's own connection (<see cref="PreparedWrites"/>); otherwise on a context of its
/// own, on SQLite one statement after another (a durable write inside a savepoint of its own); on
/// PostgreSQL the statements sent together with the begin and the commit, and one after another only to find a write the
/// server refused.
/// </summary>
internal sealed class GroupCommitBatches(IServiceScopeFactory scopes, StoreOptions options, SqliteTuning tuning, PreparedWrites prepared)
{
    private const string Savepoint = "durable_write";

    public async Task CommitAsync(List<GroupCommitWrite> batch)
    {
        var results = new int[batch.Count];
        var failures = new Exception?[batch.Count];
        try
        {
            if (!prepared.Takes(batch) || !prepared.TryCommit(batch, results, failures))
            {
                await CommitThroughEfAsync(batch, results, failures);
            }
        }
        catch (Exception e)
        {
            // Nothing of the batch is kept: every caller learns it, as from a failed commit of its own.
            batch.ForEach(w => w.Committed.TrySetException(e));
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            _ = failures[i] is { } failure ? batch[i].Committed.TrySetException(failure) : batch[i].Committed.TrySetResult(results[i]);
        }
    }

    /// <summary>The batch through EF: a durable write's savepoints, PostgreSQL's one round trip, the execution strategy's retries.</summary>
    private async Task CommitThroughEfAsync(List<GroupCommitWrite> batch, int[] results, Exception?[] failures)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        // Busy beyond the timeout (another instance, a host verb) or a restarted server: the whole batch is tried again,
        // as one write would be.
        if (batch.Exists(w => w.Durable))
        {
            await tuning.DurablyAsync(db, async ct =>
            {
                Array.Clear(failures);
                db.ChangeTracker.Clear(); // a retried attempt: each durable write adds its rows again
                return await RunBatchAsync(db, batch, results, failures, ct);
            }, CancellationToken.None);
        }
        else
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                Array.Clear(failures);
                var together = true;
                while (!await TryCommitAsync(db, batch, results, failures, together, ct))
                {
                    // PostgreSQL refused a write, which ended the transaction: the batch runs again one statement
                    // after another, which tells the refused one, and then again without it.
                    together = false;
                }
            }, CancellationToken.None);
        }
    }

    /// <summary>
    /// Runs the batch but the writes already refused, and commits; false when PostgreSQL refused one (the transaction is
    /// aborted by it and rolled back here). SQLite undoes a refused statement only, and the transaction goes on.
    /// </summary>
    private async Task<bool> TryCommitAsync(TthcDbContext db, List<GroupCommitWrite> batch, int[] results, Exception?[] failures, bool together, CancellationToken cancellationToken)
    {
        if (together && options.Provider == StoreProvider.PostgreSql && batch.TrueForAll(w => w.Statement is not null))
        {
            return await TryCommitInOneRoundTripAsync(db, batch, results, cancellationToken);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (options.Provider == StoreProvider.PostgreSql && TurnCommitSetting is { } setting)
        {
            await db.Database.ExecuteSqlRawAsync(setting, cancellationToken);
        }

        if (!await RunBatchAsync(db, batch, results, failures, cancellationToken))
        {
            return false;
        }

        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// PostgreSQL: the batch's statements sent together with the transaction's begin and commit — one round trip instead of
    /// one per write plus the begin's and the commit's; each statement's rows affected are its caller's result. False when
    /// the server refused one (Npgsql does not say which): the transaction is rolled back and nothing marked.
    /// </summary>
    private async Task<bool> TryCommitInOneRoundTripAsync(TthcDbContext db, List<GroupCommitWrite> batch, int[] results, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var commands = new NpgsqlBatch(connection);
            commands.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
            if (TurnCommitSetting is { } setting)
            {
                commands.BatchCommands.Add(new NpgsqlBatchCommand(setting));
            }

            var first = commands.BatchCommands.Count;
            batch.ForEach(w => commands.BatchCommands.Add(Command(w.Statement!)));
            var reads = batch.Where(w => w.Reads is not null).Select(w => w.Reads!).ToList();
            foreach (var command in reads.SelectMany(r => r.Commands()))
            {
                commands.BatchCommands.Add(command);
            }

            commands.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            try
            {
                await ExecuteAsync(commands, reads, cancellationToken);
            }
            catch (PostgresException e)
            {
                // The server skipped what followed the failed statement, the commit included: its transaction is open and
                // aborted until rolled back. A refusal is told apart by running the batch one statement at a time; anything
                // else (a deadlock, a restart) is the execution strategy's to retry.
                await RollBackAsync(connection);
                if (RefusedWrite.Is(e))
                {
                    return false;
                }

                throw;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = checked((int)commands.BatchCommands[first + i].RecordsAffected);
            }

            reads.ForEach(r => r.Committed());
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Runs the batch; the reads riding in it (after the writes, before the commit) are read in their order, each from its
    /// first result (Npgsql's reader passes over the statements that return no rows).
    /// </summary>
    private static async Task ExecuteAsync(NpgsqlBatch commands, List<ReadsAlong> reads, CancellationToken cancellationToken)
    {
        if (reads.Count == 0)
        {
            await commands.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await using var reader = await commands.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < reads.Count; i++)
        {
            if (i > 0)
            {
                await reader.NextResultAsync(cancellationToken);
            }

            await reads[i].Read(reader, cancellationToken);
        }

        while (await reader.NextResultAsync(cancellationToken))
        {
            // the commit's completion (and any error before it) comes when the reader is read to its end
        }
    }

    private static async Task RollBackAsync(NpgsqlConnection connection)
    {
        if (connection.FullState == ConnectionState.Open) // a broken connection took its transaction with it
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
            await rollback.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Said once for both of PostgreSQL's ways to run a batch: its transaction's commit does not wait for the WAL's flush (for
    /// this transaction only, see <see cref="StoreOptions.PostgresSynchronousTurnCommit"/>); null when it is to wait.
    /// </summary>
    private string? TurnCommitSetting => options.PostgresSynchronousTurnCommit ? null : "SET LOCAL synchronous_commit = off";

    /// <summary>The statement with its values as positional parameters ($1, $2 …), as EF would send it alone.</summary>
    private static NpgsqlBatchCommand Command(FormattableString statement)
    {
        var command = new NpgsqlBatchCommand(string.Format(CultureInfo.InvariantCulture, statement.Format,
            [.. Enumerable.Range(1, statement.ArgumentCount).Select(i => (object)("$" + i.ToString(CultureInfo.InvariantCulture)))]));
        foreach (var value in statement.GetArguments())
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    /// <summary>
    /// Runs the batch's writes but those already refused, inside the open transaction, each refused one marked in
    /// <paramref name="failures"/>; false when PostgreSQL refused one, which aborted the transaction.
    /// </summary>
    private static async Task<bool> RunBatchAsync(TthcDbContext db, List<GroupCommitWrite> batch, int[] results, Exception?[] failures, CancellationToken cancellationToken)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is not null)
            {
                continue;
            }

            try
            {
                results[i] = batch[i].Durable ? await RunInSavepointAsync(db, batch[i], cancellationToken) : await batch[i].Run(db, cancellationToken);
            }
            catch (Exception e) when (RefusedWrite.Is(e) || (batch[i].Durable && FailsAlone(e)))
            {
                // SQLite undid that statement only (a durable write: its savepoint); the transaction goes on.
                failures[i] = e;
                if (!db.Database.IsSqlite())
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A durable write's statements are undone together when one of them (or its own logic) fails, the batch's stay.</summary>
    private static async Task<int> RunInSavepointAsync(TthcDbContext db, GroupCommitWrite write, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            var result = await write.Run(db, cancellationToken);
            await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            return result;
        }
        catch (Exception e) when (FailsAlone(e))
        {
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The write's own trouble (a constraint, its logic refusing) fails it alone; the store's (busy past the timeout, I/O,
    /// a full disk) fails the batch, which is tried again whole or fails every caller.
    /// </summary>
    private static bool FailsAlone(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqliteException or PostgresException)
            {
                return RefusedWrite.Is(inner);
            }
        }

        return e is not OperationCanceledException;
    }
}
