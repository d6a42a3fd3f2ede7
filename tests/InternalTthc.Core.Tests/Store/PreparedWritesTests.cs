using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// The group commit's statement batches on SQLite, run on the writer's own connection with statements compiled once (issue
/// 14): each value stored exactly as EF stores it, a refused write failing alone, a file locked past the busy timeout left
/// to EF's retries with nothing kept, and what they cannot bind left to EF.
/// </summary>
public sealed class PreparedWritesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Guid Id = Guid.Parse("6f1c2b8e-3d4a-4e5f-9a0b-1c2d3e4f5a6b");
    private static readonly DateTime At = new(2026, 12, 8, 3, 4, 5, 678, DateTimeKind.Utc);

    private static FormattableString Insert(string key, string? text) =>
        $"INSERT INTO scratch (k, s, i, l, b, d, g, n) VALUES ({key}, {text}, {42}, {1L << 40}, {true}, {At.AddTicks(9)}, {Id}, {(string?)null})";

    [Fact]
    public async Task Every_value_is_stored_as_EF_stores_it()
    {
        await using var store = await ScratchAsync();
        await using (var scope = store.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Database.ExecuteSqlInterpolatedAsync(Insert("ef", "Đặng Thị Lan"), Ct);
        }

        var batch = new List<GroupCommitWrite> { Write(Insert("prepared", "Đặng Thị Lan")) };
        var prepared = store.Services.GetRequiredService<PreparedWrites>();
        Assert.True(prepared.Takes(batch));
        Assert.True(prepared.TryCommit(batch, new int[1], new Exception?[1]));

        var rows = await QueryAsync(store, "SELECT k, quote(s), quote(i), quote(l), quote(b), quote(d), quote(g), quote(n) FROM scratch ORDER BY k");
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0][1..], rows[1][1..]);
        Assert.Equal("'6F1C2B8E-3D4A-4E5F-9A0B-1C2D3E4F5A6B'", rows[1][6]);
    }

    [Fact]
    public async Task A_refused_write_fails_alone_and_the_others_commit()
    {
        await using var store = await ScratchAsync();
        var batch = new List<GroupCommitWrite> { Write(Insert("a", "một")), Write(Insert("a", "hai")), Write(Insert("b", "ba")) };
        var results = new int[3];
        var failures = new Exception?[3];

        Assert.True(store.Services.GetRequiredService<PreparedWrites>().TryCommit(batch, results, failures));

        Assert.Equal((1, 1), (results[0], results[2]));
        Assert.IsType<SqliteException>(failures[1]);
        Assert.Null(failures[0]);
        Assert.Equal([["a", "'một'"], ["b", "'ba'"]], await QueryAsync(store, "SELECT k, quote(s) FROM scratch ORDER BY k"));
    }

    [Fact]
    public async Task A_file_another_writer_holds_past_the_busy_timeout_keeps_nothing_and_leaves_the_batch_to_EF()
    {
        await using var store = await ScratchAsync();
        // Both waits short: SQLite's busy timeout, then Microsoft.Data.Sqlite's command timeout (its retries of a busy statement).
        var options = store.Options with { ConnectionString = store.Options.ConnectionString + ";Default Timeout=1", SqliteBusyTimeout = TimeSpan.FromMilliseconds(20) };
        using var prepared = new PreparedWrites(options, new SqliteTuning(options, new SqliteCheckpoints(options)));
        var batch = new List<GroupCommitWrite> { Write(Insert("a", "một")) };
        await using (var other = new SqliteConnection(store.Options.ConnectionString))
        {
            await other.OpenAsync(Ct);
            await using var holding = (SqliteTransaction)await other.BeginTransactionAsync(Ct); // BEGIN IMMEDIATE: the write lock
            var failures = new Exception?[1];
            Assert.False(prepared.TryCommit(batch, new int[1], failures));
            Assert.Null(failures[0]);
        }

        Assert.Empty(await QueryAsync(store, "SELECT k FROM scratch"));
        Assert.True(prepared.TryCommit(batch, new int[1], new Exception?[1]));
        Assert.Single(await QueryAsync(store, "SELECT k FROM scratch"));
    }

    [Fact]
    public async Task A_durable_write_or_a_value_EF_binds_its_own_way_stays_with_EF()
    {
        await using var store = await ScratchAsync();
        var prepared = store.Services.GetRequiredService<PreparedWrites>();
        FormattableString withDecimal = $"UPDATE scratch SET i = {1.5m} WHERE k = 'a'";
        FormattableString withOffset = $"UPDATE scratch SET d = {new DateTimeOffset(At)} WHERE k = 'a'";

        Assert.False(prepared.Takes([Write(withDecimal)]));
        Assert.False(prepared.Takes([Write(withOffset)]));
        Assert.False(prepared.Takes([Write(Insert("a", "một")), new GroupCommitWrite((_, _) => Task.FromResult(1), true, Ct)]));
    }

    [Fact]
    public async Task Batches_of_the_group_commit_run_here_and_are_told_to_their_callers()
    {
        await using var store = await ScratchAsync();
        var commit = store.Services.GetRequiredService<GroupCommit>();
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();

        var first = commit.RunAsync(db, "scratch:a", Insert("a", "một"), Ct);
        var again = commit.RunAsync(db, "scratch:a", $"INSERT INTO scratch (k) VALUES ('a') ON CONFLICT (k) DO NOTHING", Ct);

        Assert.Equal((1, 0), (await first, await again));
        await Assert.ThrowsAsync<SqliteException>(() => commit.RunAsync(db, "scratch:a", Insert("a", "hai"), Ct));
    }

    private static GroupCommitWrite Write(FormattableString statement) =>
        new((db, ct) => db.Database.ExecuteSqlInterpolatedAsync(statement, ct), false, Ct) { Row = "scratch", Statement = statement };

    /// <summary>A SQLite store with a table of one column per kind of value the turns' writes bind.</summary>
    private static async Task<TestStore> ScratchAsync()
    {
        var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var scope = store.Scope();
        await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Database.ExecuteSqlRawAsync(
            "CREATE TABLE scratch (k TEXT PRIMARY KEY, s TEXT, i INTEGER, l INTEGER, b INTEGER, d TEXT, g TEXT, n TEXT)", Ct);
        return store;
    }

    private static async Task<List<string[]>> QueryAsync(TestStore store, string sql)
    {
        await using var connection = new SqliteConnection(store.Options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string[]>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i))]);
        }

        return rows;
    }
}
