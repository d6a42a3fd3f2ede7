using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Store;

/// <summary>
/// Group commit for the short writes every turn makes on SQLite (the redelivery ledger, conversation state, a channel
/// account's last sight): one writer runs the writes waiting at that moment in one transaction, and each caller resumes
/// only once that transaction committed — what a turn wrote is in the store before its reply goes, as with a commit of
/// its own. SQLite admits one writer at a time anyway: concurrent turns' own commits met each other's lock and polled it
/// with growing sleeps (the p99), and each paid a commit. On PostgreSQL, and inside a transaction the caller opened, the
/// write runs at once on the caller's context.
/// </summary>
internal sealed class GroupCommit(IServiceScopeFactory scopes) : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;
    private const int Constraint = 19; // SQLITE_CONSTRAINT: that write fails alone, the others commit

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

        if (!db.Database.IsSqlite())
        {
            return Alone(db, write, cancellationToken);
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

    private async Task WriteAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await _writes.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _writes.Reader.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Committed.TrySetCanceled(write.CancellationToken);
                    continue;
                }

                batch.Add(write);
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
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
            // Busy beyond the timeout (another instance, a host verb): the whole batch is tried again, as one write would be.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                Array.Clear(failures);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                for (var i = 0; i < batch.Count; i++)
                {
                    try
                    {
                        results[i] = await batch[i].Run(db, ct);
                    }
                    catch (SqliteException e) when (e.SqliteErrorCode == Constraint)
                    {
                        // SQLite undid that statement only; the transaction goes on.
                        failures[i] = e;
                    }
                }

                await tx.CommitAsync(ct);
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
