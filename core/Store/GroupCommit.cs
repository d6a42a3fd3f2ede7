using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InternalTthc.Core.Store;

/// <summary>
/// Group commit for the short writes every turn makes (the redelivery ledger, conversation state, a channel account's
/// last sight): a writer runs the writes waiting at that moment in one transaction, and each caller resumes only once
/// that transaction committed — what a turn wrote is in the store before its reply goes, as with a commit of its own.
/// SQLite admits one writer at a time anyway: concurrent turns' own commits met each other's lock and polled it with
/// growing sleeps (the p99), and each paid a commit. On PostgreSQL each write was a transaction of its own (a commit, a
/// round trip, a backend); there a few writers run at once (row locks, no single writer) and a batch commits as
/// <see cref="StoreOptions.PostgresSynchronousTurnCommit"/> says. Inside a transaction the caller opened, the write runs
/// at once on the caller's context.
/// On SQLite a durable write (a case filed) joins the same queue: a batch holding one commits at synchronous=FULL, so the
/// filings waiting together share one flush of the WAL instead of one each, and each runs inside a savepoint of its own,
/// so one that fails (a constraint, a refused case) fails alone.
/// </summary>
internal sealed class GroupCommit(IServiceScopeFactory scopes, StoreOptions options, SqliteTuning tuning) : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;
    private const int PostgresWriters = 4;
    private const string Savepoint = "durable_write";

    private readonly Channel<Write> _writes = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private Task? _writer;

    /// <summary>
    /// Runs <paramref name="statement"/> (one statement of SQL both engines read, its rows affected) and returns once it is
    /// committed. <paramref name="row"/> names the one row it writes (table and key): a PostgreSQL batch writes its rows in
    /// that order, so two batches (of any instance) never wait for each other's rows in a circle, a deadlock the server ends
    /// only after its deadlock_timeout (1 s) by failing one of them.
    /// </summary>
    public Task<int> RunAsync(TthcDbContext db, string row, FormattableString statement, CancellationToken cancellationToken)
    {
        Func<TthcDbContext, CancellationToken, Task<int>> write = (store, ct) => store.Database.ExecuteSqlInterpolatedAsync(statement, ct);
        return db.Database.CurrentTransaction is not null
            ? write(db, cancellationToken) // the caller's transaction is retried as a whole
            : Queue(new Write(write, false, cancellationToken) { Row = row, Statement = statement }) ?? Alone(db, write, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="write"/> (any number of statements; it may use the context's change tracker and must leave
    /// nothing tracked that it did not add itself) in a transaction flushed to disk, and returns once that is committed.
    /// Batched where <see cref="BatchesDurableWrites"/>; otherwise as <see cref="SqliteTuning.DurablyAsync"/> on the caller's context.
    /// </summary>
    public Task<int> RunDurablyAsync(TthcDbContext db, Func<TthcDbContext, CancellationToken, Task<int>> write, CancellationToken cancellationToken) =>
        (BatchesDurableWrites(db) ? Queue(new Write(write, true, cancellationToken)) : null)
        ?? tuning.DurablyAsync(db, ct => write(db, ct), cancellationToken);

    /// <summary>
    /// Whether a durable write on <paramref name="db"/> goes through the writer: SQLite, outside a transaction the caller
    /// opened (PostgreSQL's turn batches commit without waiting for the flush, and its commits need no sharing of one).
    /// </summary>
    public static bool BatchesDurableWrites(TthcDbContext db) => db.Database.CurrentTransaction is null && db.Database.IsSqlite();

    /// <summary>The write's commit, or null when the writer is shutting down (the write then commits on its own).</summary>
    private Task<int>? Queue(Write queued)
    {
        if (!_writes.Writer.TryWrite(queued))
        {
            return null;
        }

        lock (_gate)
        {
            _writer ??= Task.Run(WriteAsync, CancellationToken.None);
        }

        return queued.Committed.Task;
    }

    // EF runs raw SQL outside its execution strategy unless asked: a lone statement is retried on a transient failure
    // (a restarted server, a file busy past the timeout); the writes are ON CONFLICT inserts or versioned updates, so a
    // second run is harmless.
    private static Task<int> Alone(TthcDbContext db, Func<TthcDbContext, CancellationToken, Task<int>> write, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(ct => write(db, ct), cancellationToken);

    // One batch at a time on SQLite; on PostgreSQL up to PostgresWriters, each on its own connection, so a batch waiting
    // for a row another instance holds does not stop the others.
    private async Task WriteAsync()
    {
        var writers = options.Provider == StoreProvider.PostgreSql ? PostgresWriters : 1;
        using var free = new SemaphoreSlim(writers);
        while (await _writes.Reader.WaitToReadAsync())
        {
            await free.WaitAsync();
            var batch = new List<Write>();
            while (batch.Count < MaxBatch && _writes.Reader.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Committed.TrySetCanceled(write.CancellationToken);
                    continue;
                }

                batch.Add(write);
            }

            if (batch.Count == 0)
            {
                free.Release();
                continue;
            }

            _ = CommitThenFreeAsync(writers > 1 ? [.. batch.OrderBy(w => w.Row, StringComparer.Ordinal)] : batch, free); // stable: a row's writes keep their order
        }

        for (var i = 0; i < writers; i++)
        {
            await free.WaitAsync();
        }
    }

    private async Task CommitThenFreeAsync(List<Write> batch, SemaphoreSlim free)
    {
        try
        {
            await CommitAsync(batch);
        }
        finally
        {
            free.Release();
        }
    }

    private async Task CommitAsync(List<Write> batch)
    {
        var results = new int[batch.Count];
        var failures = new Exception?[batch.Count];
        try
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

    /// <summary>
    /// Runs the batch but the writes already refused, and commits; false when PostgreSQL refused one (the transaction is
    /// aborted by it and rolled back here). SQLite undoes a refused statement only, and the transaction goes on.
    /// </summary>
    private async Task<bool> TryCommitAsync(TthcDbContext db, List<Write> batch, int[] results, Exception?[] failures, bool together, CancellationToken cancellationToken)
    {
        if (together && options.Provider == StoreProvider.PostgreSql && batch.TrueForAll(w => w.Statement is not null))
        {
            return await TryCommitInOneRoundTripAsync(db, batch, results, cancellationToken);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (options.Provider == StoreProvider.PostgreSql && !options.PostgresSynchronousTurnCommit)
        {
            // For this transaction only: its commit does not wait for the WAL's flush (see StoreOptions).
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", cancellationToken);
        }

        if (!await RunBatchAsync(db, batch, results, failures, cancellationToken))
        {
            return false;
        }

        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// PostgreSQL: the batch's statements sent together (one round trip, and one more for the commit) instead of one round
    /// trip each, plus the transaction's own; each statement's rows affected are its caller's result. False when the server
    /// refused one (Npgsql does not say which): the transaction is rolled back and nothing marked.
    /// </summary>
    private async Task<bool> TryCommitInOneRoundTripAsync(TthcDbContext db, List<Write> batch, int[] results, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var commands = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)tx.GetDbTransaction());
        if (!options.PostgresSynchronousTurnCommit)
        {
            // For this transaction only: its commit does not wait for the WAL's flush (see StoreOptions).
            commands.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL synchronous_commit = off"));
        }

        var first = commands.BatchCommands.Count;
        batch.ForEach(w => commands.BatchCommands.Add(Command(w.Statement!)));
        try
        {
            await commands.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (RefusedWrite.Is(e))
        {
            return false; // the aborted transaction is rolled back as it is disposed
        }

        for (var i = 0; i < batch.Count; i++)
        {
            results[i] = checked((int)commands.BatchCommands[first + i].RecordsAffected);
        }

        await tx.CommitAsync(cancellationToken);
        return true;
    }

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
    private static async Task<bool> RunBatchAsync(TthcDbContext db, List<Write> batch, int[] results, Exception?[] failures, CancellationToken cancellationToken)
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
    private static async Task<int> RunInSavepointAsync(TthcDbContext db, Write write, CancellationToken cancellationToken)
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

    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        if (_writer is { } writer)
        {
            await writer;
        }
    }

    public void Dispose() => _writes.Writer.TryComplete();

    private sealed record Write(Func<TthcDbContext, CancellationToken, Task<int>> Run, bool Durable, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<int> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The row a statement write writes (<see cref="RunAsync"/>); null for a durable write.</summary>
        public string? Row { get; init; }

        /// <summary>The write as one statement, which PostgreSQL's batches send together; null for a durable write.</summary>
        public FormattableString? Statement { get; init; }
    }
}
