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
/// <see cref="StoreOptions.PostgresSynchronousTurnCommit"/> says. Inside a transaction the caller opened, the write runs
/// at once on the caller's context.
/// On SQLite a durable write (a case filed) joins the same queue: a batch holding one commits at synchronous=FULL, so the
/// filings waiting together share one flush of the WAL instead of one each, and each runs inside a savepoint of its own,
/// so one that fails (a constraint, a refused case) fails alone.
/// </summary>
internal sealed class GroupCommit(IServiceScopeFactory scopes, StoreOptions options, SqliteTuning tuning, PreparedWrites prepared) : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;
    private const int PostgresWriters = 4;

    private readonly GroupCommitBatches _batches = new(scopes, options, tuning, prepared);
    private readonly Channel<GroupCommitWrite> _writes = Channel.CreateUnbounded<GroupCommitWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private Task? _writer;

    /// <summary>
    /// Runs <paramref name="statement"/> (one statement of SQL both engines read, its rows affected) and returns once it is
    /// committed. <paramref name="row"/> names the one row it writes (table and key): a PostgreSQL batch writes its rows in
    /// that order, so two batches (of any instance) never wait for each other's rows in a circle, a deadlock the server ends
    /// only after its deadlock_timeout (1 s) by failing one of them.
    /// </summary>
    public Task<int> RunAsync(TthcDbContext db, string row, FormattableString statement, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is not null
            ? Write(statement)(db, cancellationToken) // the caller's transaction is retried as a whole
            : TryQueue(db, row, statement, cancellationToken) ?? Alone(db, Write(statement), cancellationToken);

    /// <summary>
    /// <see cref="RunAsync"/>'s statement queued to the writer, its commit to be waited for later (<see cref="TurnWrites"/>);
    /// null when it cannot be queued: inside a transaction the caller opened, or while the writer shuts down.
    /// </summary>
    public Task<int>? TryQueue(TthcDbContext db, string row, FormattableString statement, CancellationToken cancellationToken, ReadsAlong? reads = null) =>
        db.Database.CurrentTransaction is null
            ? Queue(new GroupCommitWrite(Write(statement), false, cancellationToken) { Row = row, Statement = statement, Reads = reads })
            : null;

    /// <summary>
    /// <see cref="RunAsync"/> with <paramref name="reads"/> sent in the same round trip, after the batch's writes, when
    /// PostgreSQL runs the batch together (they are told when its transaction committed).
    /// </summary>
    public Task<int> RunWithReadsAsync(TthcDbContext db, string row, FormattableString statement, ReadsAlong reads, CancellationToken cancellationToken) =>
        TryQueue(db, row, statement, cancellationToken, reads) ?? RunAsync(db, row, statement, cancellationToken);

    private static Func<TthcDbContext, CancellationToken, Task<int>> Write(FormattableString statement) =>
        (store, ct) => store.Database.ExecuteSqlInterpolatedAsync(statement, ct);

    /// <summary>
    /// Runs <paramref name="write"/> (any number of statements; it may use the context's change tracker and must leave
    /// nothing tracked that it did not add itself) in a transaction flushed to disk, and returns once that is committed.
    /// Batched where <see cref="BatchesDurableWrites"/>; otherwise as <see cref="SqliteTuning.DurablyAsync"/> on the caller's context.
    /// </summary>
    public Task<int> RunDurablyAsync(TthcDbContext db, Func<TthcDbContext, CancellationToken, Task<int>> write, CancellationToken cancellationToken) =>
        (BatchesDurableWrites(db) ? Queue(new GroupCommitWrite(write, true, cancellationToken)) : null)
        ?? tuning.DurablyAsync(db, ct => write(db, ct), cancellationToken);

    /// <summary>
    /// Whether a durable write on <paramref name="db"/> goes through the writer: SQLite, outside a transaction the caller
    /// opened (PostgreSQL's turn batches commit without waiting for the flush, and its commits need no sharing of one). The
    /// engine is the options' (EF's <c>IsSqlite</c> asks the provider's assembly for its name by reflection at every call).
    /// </summary>
    public bool BatchesDurableWrites(TthcDbContext db) => options.Provider == StoreProvider.Sqlite && db.Database.CurrentTransaction is null;

    /// <summary>The write's commit, or null when the writer is shutting down (the write then commits on its own).</summary>
    private Task<int>? Queue(GroupCommitWrite queued)
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
            var batch = new List<GroupCommitWrite>();
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

    private async Task CommitThenFreeAsync(List<GroupCommitWrite> batch, SemaphoreSlim free)
    {
        try
        {
            await _batches.CommitAsync(batch);
        }
        finally
        {
            free.Release();
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
}
