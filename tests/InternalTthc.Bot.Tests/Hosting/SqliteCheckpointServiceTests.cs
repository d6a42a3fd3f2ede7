using InternalTthc.Bot.Hosting;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Store;
using InternalTthc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace InternalTthc.Bot.Tests.Hosting;

/// <summary>
/// While the service runs it makes SQLite's checkpoints itself, once per Store:SqliteCheckpointInterval of its rhythm's
/// clock, having taken them over from the commits as it started.
/// </summary>
public sealed class SqliteCheckpointServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_service_takes_the_checkpoints_over_as_it_starts_and_copies_the_commits_once_per_interval()
    {
        var folder = ServiceTestHost.NewFolder();
        var file = Path.Combine(folder, "tthc.db");
        try
        {
            var store = new StoreOptions { ConnectionString = $"Data Source={file}", SqliteCheckpointInterval = TimeSpan.FromMilliseconds(500) };
            var checkpoints = new SqliteCheckpoints(store);
            var clock = new FakeClock();
            var service = new SqliteCheckpointService(checkpoints, store, new ServiceRhythm(clock), NullLogger<SqliteCheckpointService>.Instance);
            // A commit as the service's connections make them once taken over: left in the WAL (kept open, this
            // connection does not checkpoint as the last one closing would).
            await using var writer = await OpenAsync(file);
            await ExecuteAsync(writer, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE scratch (b BLOB); INSERT INTO scratch VALUES (randomblob(1000000));");
            var before = new FileInfo(file).Length;

            await service.StartAsync(Ct);
            Assert.True(checkpoints.Apart);
            Assert.Equal(store.SqliteCheckpointInterval, await clock.NextTimerAsync());
            Assert.Equal(before, new FileInfo(file).Length);

            clock.Advance(store.SqliteCheckpointInterval);
            // The next wait is scheduled only after the checkpoint was made.
            Assert.Equal(store.SqliteCheckpointInterval, await clock.NextTimerAsync());
            Assert.True(new FileInfo(file).Length >= before + 1000000, "the commit was copied into the database file");

            await service.StopAsync(Ct);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(Ct);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
