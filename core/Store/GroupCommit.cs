using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Store;

/// <summary>
/// Group commit for the short writes every turn makes (the redelivery ledger, conversation state, a channel account's
/// last sight): a writer runs the writes waiting at that moment in one transaction, and each caller resumes only once
/// that transaction committed — what a turn wrote is in the store before its reply goes, as with a commit of its own.
/// SQLite admits one writer at a time anyway: concurrent turns' own commits met each other's lock and polled it with
/// growing sleeps (the p99), and each paid a commit. On PostgreSQL each write was a transaction of its own (a commit, a
/// round trip, a backend); there a few writers run at once (row locks, no single writer) and a batch commits as
/// <see cref="StoreOptions.PostgresSynchronousTurnCommit"/> says. Inside a transaction the caller
/// opened, the write runs at once on the caller's context.
/// </summary>
internal sealed class GroupCommit(IServiceScopeFactory scopes, StoreOptions options) : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;
    private const int PostgresWriters = 4;

    private readonly Channel<Write> _writes = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private Task? _writer;

    /// <summary>Runs <paramref name="write"/> (one statement, its rows affected) and returns once it is committed.</summary>
    public Task<int> RunAsync(TthcDbContext db, Func<TthcDbContext, CancellationToken, Task<int>> write, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return write(db, cancellationToken); // the caller's transaction is retried as a whole
        }

        var queued = new Write(write, cancellationToken);
        if (!_writes.Writer.TryWrite(queued))
        {
            return Alone(db, write, cancellationToken); // shutting down: the write commits on its own
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

            _ = CommitThenFreeAsync(batch, free);
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
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                Array.Clear(failures);
                while (!await TryCommitAsync(db, batch, results, failures, ct))
                {
                    // PostgreSQL refused a write, which ended the transaction: the others run again without it.
                }
            }, CancellationToken.None);
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
    private async Task<bool> TryCommitAsync(TthcDbContext db, List<Write> batch, int[] results, Exception?[] failures, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (options.Provider == StoreProvider.PostgreSql && !options.PostgresSynchronousTurnCommit)
        {
            // For this transaction only: its commit does not wait for the WAL's flush (see StoreOptions).
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", cancellationToken);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is not null)
            {
                continue;
            }

            try
            {
                results[i] = await batch[i].Run(db, cancellationToken);
            }
            catch (Exception e) when (RefusedWrite.Is(e))
            {
                failures[i] = e;
                if (!db.Database.IsSqlite())
                {
                    return false;
                }
            }
        }

        await tx.CommitAsync(cancellationToken);
        return true;
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

    private sealed record Write(Func<TthcDbContext, CancellationToken, Task<int>> Run, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<int> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
