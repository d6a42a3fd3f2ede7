using System.Data.Common;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// Turns' short writes (the redelivery ledger, conversation state) committed together, on SQLite by one writer and on
/// PostgreSQL by a few: each caller resumes after its write is committed, a redelivery or a second save of the same state
/// still loses, and a failing write fails alone.
/// </summary>
public sealed class GroupCommitTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 23, 7, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Concurrent_turns_writes_are_all_committed_and_a_redelivery_or_a_second_save_still_loses(StoreProvider engine)
    {
        var commits = new CommitCounter();
        await using var store = await TestStore.CreateAsync(engine, configure: s => commits.AddTo(s));
        // One scope per write, as each turn has its own.
        var scopes = Enumerable.Range(0, 128).Select(_ => store.Scope()).ToList();
        try
        {
            List<Task<bool>> ledger;
            List<Task<int?>> states;
            await using (await HoldWriteLockAsync(store))
            {
                // Every write is queued before any can commit: on SQLite the writer commits them in one or two transactions;
                // on PostgreSQL each of the four writers may have taken a batch before the lock, then one takes the rest.
                ledger = [.. scopes.Take(64).Select((s, i) => s.ServiceProvider.GetRequiredService<IInboundLedger>().TryRecordAsync("msteams", $"a{i / 2}", At, Ct))];
                states = [.. scopes.Skip(64).Select((s, i) => s.ServiceProvider.GetRequiredService<IConversationStateStore>().SaveAsync($"k{i / 2}", $"{{\"by\":{i}}}", null, At, Ct))];
                commits.Reset();
            }

            var recorded = await Task.WhenAll(ledger);
            var saved = await Task.WhenAll(states);

            // Of two deliveries of one activity, and of two first saves of one state, exactly one wins.
            Assert.All(recorded.Chunk(2), pair => Assert.Single(pair, r => r));
            Assert.All(saved.Chunk(2), pair => Assert.Single(pair, v => v == 1));
            await using var check = store.Scope();
            var db = check.ServiceProvider.GetRequiredService<TthcDbContext>();
            Assert.Equal(32, await db.ProcessedActivities.CountAsync(Ct));
            Assert.Equal(32, await db.ConversationStates.CountAsync(Ct));
            Assert.InRange(engine == StoreProvider.Sqlite ? commits.Count : await TransactionsAsync(db), 1, engine == StoreProvider.Sqlite ? 2 : 5);
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_write_the_store_refuses_fails_alone_and_the_others_of_its_batch_are_committed(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var writes = scope.ServiceProvider.GetRequiredService<GroupCommit>();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        Task<int> Insert(string id) => writes.RunAsync(db, id,
            $"INSERT INTO processed_activities (channel_id, activity_id, processed_at) VALUES ('msteams', {id}, {At.UtcDateTime})", Ct);

        Assert.Equal(1, await Insert("a"));
        Task<int> before, twice, after;
        await using (await HoldWriteLockAsync(store))
        {
            // PostgreSQL aborts the whole transaction at the refused write: the batch runs again without it.
            (before, twice, after) = (Insert("b"), Insert("a"), Insert("c"));
        }

        Assert.Equal(1, await before);
        var refused = await Assert.ThrowsAnyAsync<DbException>(() => twice);
        Assert.True(refused is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }, refused.Message);
        Assert.Equal(1, await after);
        Assert.Equal(["a", "b", "c"], await db.ProcessedActivities.OrderBy(p => p.ActivityId).Select(p => p.ActivityId).ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Inside_a_unit_of_work_a_state_write_belongs_to_its_transaction(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var states = scope.ServiceProvider.GetRequiredService<IConversationStateStore>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<IUnitOfWork>().RunAsync<bool>(async ct =>
        {
            await states.SaveAsync("k", "{}", null, At, ct);
            throw new InvalidOperationException("the unit fails after the write");
        }, Ct));

        Assert.Null(await store.UseAsync<IConversationStateStore, StoredState?>(s => s.GetAsync("k", Ct)));
    }

    /// <summary>
    /// PostgreSQL: the transactions that wrote the rows (each row's xmin), since a batch sent in one round trip carries its own
    /// begin and commit, past EF's transaction interceptors.
    /// </summary>
    private static async Task<int> TransactionsAsync(TthcDbContext db) =>
        await db.Database.SqlQueryRaw<int>(
            "SELECT count(DISTINCT x)::int AS \"Value\" FROM (SELECT xmin::text AS x FROM processed_activities UNION SELECT xmin::text FROM conversation_states) t")
            .SingleAsync(Ct);

    /// <summary>
    /// Another connection holds what the writes need until disposed, so they queue up meanwhile: on SQLite the write lock,
    /// on PostgreSQL a lock on the two tables that lets no row be written.
    /// </summary>
    internal static async Task<IAsyncDisposable> HoldWriteLockAsync(TestStore store)
    {
        DbConnection connection = store.Options.Provider == StoreProvider.Sqlite
            ? new SqliteConnection(store.Options.ConnectionString)
            : new NpgsqlConnection(store.Options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = store.Options.Provider == StoreProvider.Sqlite
                ? "BEGIN IMMEDIATE"
                : "BEGIN; LOCK TABLE processed_activities, conversation_states IN SHARE ROW EXCLUSIVE MODE";
            await begin.ExecuteNonQueryAsync(Ct);
        }

        return new Released(connection);
    }

    private sealed class Released(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var commit = connection.CreateCommand())
            {
                commit.CommandText = "COMMIT";
                await commit.ExecuteNonQueryAsync(Ct);
            }

            await connection.DisposeAsync();
        }
    }

    /// <summary>
    /// Commits, whether EF made them or SQLite's writer did on its own connection (<see cref="PreparedWrites"/>, counted
    /// from its log): register with <see cref="AddTo"/>.
    /// </summary>
    internal sealed class CommitCounter : DbTransactionInterceptor, ILoggerProvider, ILogger
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public IServiceCollection AddTo(IServiceCollection services) =>
            services.AddSingleton<IInterceptor>(this).AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(this));

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(PreparedWrites).FullName ? this : NullLogger.Instance;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception) == "Executed prepared COMMIT")
            {
                Interlocked.Increment(ref _count);
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public void Dispose()
        {
        }
    }
}
