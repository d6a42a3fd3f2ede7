using System.Data;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// Once the service makes SQLite's checkpoints itself, no commit of its connections makes one (the group-commit writer
/// waited for a checkpoint's two disk flushes whenever its batch filled the WAL's 1,000 pages); the checkpoint it makes
/// copies the commits into the database file, and restarts a WAL grown past its bound.
/// </summary>
public sealed class SqliteCheckpointsTests : IAsyncLifetime
{
    // More than the WAL's 1,000 pages of 4 KB in one commit: SQLite's own checkpoint would follow that commit.
    private const int BigCommitBytes = 5 * 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"tthc-checkpoints-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    private StoreOptions Options => _services.GetRequiredService<StoreOptions>();

    public async ValueTask InitializeAsync()
    {
        // Pooled, as the service's: a connection tuned before the take-over is used again after it.
        var options = new StoreOptions { Provider = StoreProvider.Sqlite, ConnectionString = $"Data Source={_file}" };
        _services = new ServiceCollection().AddStore(options).AddWorkingCalendar(new CalendarOptions()).AddSingleton(TestCatalog.Create()).BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await StoreServiceCollectionExtensions.MigrateAsync(scope.ServiceProvider.GetRequiredService<TthcDbContext>(), options, Ct);
        await CommitAsync("CREATE TABLE scratch (b BLOB)");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }

    [Fact]
    public async Task Before_the_take_over_a_commit_that_fills_the_WAL_checkpoints_itself_and_after_it_no_commit_does()
    {
        Assert.Equal(1000, await AutoCheckpointAsync());
        var before = DatabaseFileBytes();
        await CommitAsync($"INSERT INTO scratch VALUES (randomblob({BigCommitBytes}))");
        Assert.True(DatabaseFileBytes() >= before + BigCommitBytes, "SQLite's own checkpoint copied the commit into the file");

        _services.GetRequiredService<SqliteCheckpoints>().TakeOver();

        Assert.Equal(0, await AutoCheckpointAsync()); // the same pooled connection, told again
        var apart = DatabaseFileBytes();
        await CommitAsync($"INSERT INTO scratch VALUES (randomblob({BigCommitBytes}))");
        Assert.Equal(apart, DatabaseFileBytes());
        Assert.Equal(2, await CountAsync()); // committed, in the WAL

        var checkpoint = await _services.GetRequiredService<SqliteCheckpoints>().RunAsync(Ct);

        Assert.False(checkpoint.Busy);
        Assert.True(checkpoint.WalPages > BigCommitBytes / 4096, $"WAL pages: {checkpoint.WalPages}");
        Assert.Equal(checkpoint.WalPages, checkpoint.CopiedPages);
        Assert.False(checkpoint.Restarted);
        Assert.True(DatabaseFileBytes() >= apart + BigCommitBytes, "the service's checkpoint copied the commit into the file");
    }

    [Fact]
    public async Task A_WAL_grown_past_its_bound_is_restarted_so_the_next_commits_write_it_from_its_start()
    {
        _services.GetRequiredService<SqliteCheckpoints>().TakeOver();
        await CommitAsync($"INSERT INTO scratch VALUES (randomblob({BigCommitBytes}))");
        var bounded = new SqliteCheckpoints(Options, restartPages: 100);

        var restart = await bounded.RunAsync(Ct);
        await CommitAsync("INSERT INTO scratch VALUES (x'01')");
        var after = await bounded.RunAsync(Ct);

        Assert.True(restart.Restarted);
        Assert.Equal(restart.WalPages, restart.CopiedPages);
        Assert.True(after.WalPages < 10, $"the small commit was written at the WAL's start: {after.WalPages} pages");
        Assert.False(after.Restarted);
        Assert.Equal(2, await CountAsync());
    }

    [Fact]
    public async Task A_checkpoint_of_a_store_not_in_WAL_mode_reports_nothing_copied()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tthc-checkpoints-{Guid.NewGuid():N}.db");
        try
        {
            var checkpoint = await new SqliteCheckpoints(new StoreOptions { ConnectionString = $"Data Source={file};Pooling=False" }).RunAsync(Ct);

            Assert.Equal(new SqliteCheckpoint(false, 0, 0, false), checkpoint);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private long DatabaseFileBytes() => new FileInfo(_file).Length;

    private async Task CommitAsync(string sql)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Database.ExecuteSqlRawAsync(sql, Ct);
    }

    private async Task<long> CountAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Database.SqlQueryRaw<long>("SELECT count(*) AS Value FROM scratch").SingleAsync(Ct);
    }

    private async Task<long> AutoCheckpointAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint;";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
