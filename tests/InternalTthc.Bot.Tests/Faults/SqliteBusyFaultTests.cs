using System.Collections.Concurrent;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InternalTthc.Bot.Tests.Faults;

/// <summary>
/// Issue 17's fault suite for SQLite under concurrent writers: several stores (each its own connection pool, as instances
/// and host verbs are) queue, lease and complete outbox rows in one file while another writer, again and again, keeps the
/// file locked until a unit of work has waited past both SQLite's busy timeout and the driver's own retries and was sent
/// back to be retried. Every unit of work must be retried and succeed, none lost or doubled. Short form in CI;
/// INTERNALTTHC_FAULTS=long for 8 writers of 400.
/// </summary>
public sealed class SqliteBusyFaultTests(ITestOutputHelper output)
{
    // A shortened stand-in for the 10 s busy timeout (and "Default Timeout=1" for the driver's 30 s), so holds end soon.
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromMilliseconds(50);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Writers_finding_the_file_locked_are_retried_and_every_unit_of_work_succeeds_once()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var file = Path.Combine(folder, "tthc.db");
            var options = new StoreOptions { ConnectionString = $"Data Source={file};Default Timeout=1", SqliteBusyTimeout = BusyTimeout };
            var logs = new ListLoggerProvider(); // EF says each retry of its execution strategy there
            void Log(ILoggingBuilder b) => b.AddProvider(logs).AddFilter((category, _) => category == DbLoggerCategory.Infrastructure.Name);
            var (count, writes) = FaultScale.SqliteWriters;
            var stores = Enumerable.Range(0, count).Select(_ => new ServiceCollection().AddLogging(Log).AddStore(options).BuildServiceProvider()).ToList();
            try
            {
                await using (var scope = stores[0].CreateAsyncScope())
                {
                    await StoreServiceCollectionExtensions.MigrateAsync(scope.ServiceProvider.GetRequiredService<TthcDbContext>(), options, Ct);
                }

                using var done = CancellationTokenSource.CreateLinkedTokenSource(Ct);
                var units = new int[count];
                var holds = HoldLocksAsync(file, logs, units, done.Token);
                var failures = new ConcurrentQueue<Exception>();
                await Task.WhenAll(stores.Select((store, w) => Task.Run(() => WriteAsync(store, w, writes, failures, units), Ct)));
                await done.CancelAsync();
                var held = await holds;

                Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(3)));
                // A row waits behind the earlier ones of its key, one of a key leased a round: lease until none is due. A row
                // whose lease was taken but never completed stays leased (five minutes) and fails the check below.
                for (var round = 0; round < count * writes && await DueAsync(stores[0]) > 0; round++)
                {
                    await WriteAsync(stores[0], count + round, 0, failures);
                }

                await using var check = stores[0].CreateAsyncScope();
                var rows = await check.ServiceProvider.GetRequiredService<TthcDbContext>().OutboxMessages.AsNoTracking().ToListAsync(Ct);
                Assert.Equal(count * writes, rows.Count);
                Assert.All(rows, m => Assert.Equal(OutboxStatus.Sent, m.Status));
                var retried = Retried(logs);
                Assert.True(held > 0 && retried > 0, $"The file was held {held} times; {retried} units of work found it locked and were retried.");
                output.WriteLine($"{count} writers × {writes} units of work, the file held {held} times, each until a unit of work was sent back: "
                    + $"{retried} found it locked and were retried, none failed (load average {FaultScale.LoadAverage})");
            }
            finally
            {
                foreach (var store in stores)
                {
                    await store.DisposeAsync();
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    /// <summary>
    /// The statements a turn runs alone, outside a unit of work (the ledger's, the greeting's, the conversation reference's,
    /// a new form state's): EF runs raw SQL without the execution strategy, so under 200 people filing at once one found the
    /// file locked past SQLite's busy timeout and the driver's retries, and the turn answered 502 (the long SIGKILL run).
    /// </summary>
    [Fact]
    public async Task Single_statements_finding_the_file_locked_are_retried_instead_of_failing_the_turn()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var file = Path.Combine(folder, "tthc.db");
            var options = new StoreOptions { ConnectionString = $"Data Source={file};Default Timeout=1", SqliteBusyTimeout = BusyTimeout };
            var logs = new ListLoggerProvider();
            await using var store = new ServiceCollection().AddLogging(b => b.AddProvider(logs)).AddStore(options).BuildServiceProvider();
            await using var scope = store.CreateAsyncScope();
            var services = scope.ServiceProvider;
            await StoreServiceCollectionExtensions.MigrateAsync(services.GetRequiredService<TthcDbContext>(), options, Ct);
            var at = DateTimeOffset.UtcNow;
            var statements = new (string Name, Func<Task> Run)[]
            {
                ("ledger", () => services.GetRequiredService<IInboundLedger>().TryRecordAsync("directline", "busy-1", at, Ct)),
                ("greeting", () => services.GetRequiredService<IGreetingLog>().TryGreetAsync(
                    new ConversationGreeting { ChannelId = "directline", ConversationId = "busy", AccountId = "a", GreetedAt = at }, Ct)),
                ("reference", () => services.GetRequiredService<IConversationReferences>().SaveAsync(
                    new StoredConversationReference { ChannelId = "directline", ConversationId = "busy", UserId = "a", Payload = "{}", UpdatedAt = at }, Ct)),
                ("state", () => services.GetRequiredService<IConversationStateStore>().SaveAsync("busy", "{}", null, at, Ct)),
            };

            foreach (var (name, run) in statements)
            {
                var retriedBefore = Retried(logs);
                await using var holder = new SqliteConnection($"Data Source={file};Pooling=False");
                await holder.OpenAsync(Ct);
                await using var hold = holder.CreateCommand();
                hold.CommandText = "BEGIN IMMEDIATE;";
                await hold.ExecuteNonQueryAsync(Ct);
                var running = run();
                while (!running.IsCompleted && Retried(logs) == retriedBefore)
                {
                    await Task.WhenAny(running, Task.Delay(10, Ct)); // waiting for the statement to find the lock, not timing it
                }

                hold.CommandText = "COMMIT;";
                await hold.ExecuteNonQueryAsync(Ct);
                var failure = await Record.ExceptionAsync(() => running);
                Assert.True(failure is null, $"The {name} statement failed instead of being retried: {failure}");
                Assert.True(Retried(logs) > retriedBefore, $"The {name} statement did not find the file locked.");
            }

            var db = services.GetRequiredService<TthcDbContext>();
            Assert.Equal(1, await db.ProcessedActivities.CountAsync(Ct));
            Assert.Equal(1, await db.ConversationReferences.CountAsync(Ct));
            Assert.Equal(1, await db.ConversationStates.CountAsync(Ct));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    private static async Task<int> DueAsync(ServiceProvider store)
    {
        await using var scope = store.CreateAsyncScope();
        var now = DateTimeOffset.UtcNow;
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().OutboxMessages
            .CountAsync(m => m.Status == OutboxStatus.Pending && (m.LeaseUntil == null || m.LeaseUntil < now), Ct);
    }

    private static int Retried(ListLoggerProvider logs) =>
        logs.Entries.Count(e => e.Message.Contains("will be retried", StringComparison.Ordinal) && e.Message.Contains("database is locked", StringComparison.Ordinal));

    /// <summary>
    /// One writer: queues a row, leases what is due and records it sent, each its own unit of work, as the dispatcher does;
    /// then leases once more. Counts its rounds in <paramref name="units"/> (<see cref="int.MaxValue"/> once finished).
    /// </summary>
    private static async Task WriteAsync(ServiceProvider store, int writer, int writes, ConcurrentQueue<Exception> failures, int[]? units = null)
    {
        var lease = $"writer-{writer}";
        for (var i = 0; i <= writes; i++)
        {
            try
            {
                await using var scope = store.CreateAsyncScope();
                var outbox = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
                var now = DateTimeOffset.UtcNow;
                if (i < writes)
                {
                    var message = new OutboxMessage
                    {
                        Topic = "test", Payload = "{}", IdempotencyKey = $"busy:{writer}:{i}", CreatedAt = now, NextAttemptAt = now, OrderKey = $"busy:{writer}",
                    };
                    Assert.Equal(1, await outbox.AddAsync([message], Ct));
                }

                foreach (var leased in await outbox.LeaseAsync($"{lease}:{i}", now, now.AddMinutes(5), 1000, Ct))
                {
                    await outbox.CompleteAsync(leased, $"{lease}:{i}", new OutboxCompletion(OutboxStatus.Sent, 1, leased.NextAttemptAt, now, null, []), Ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Enqueue(e);
            }

            if (units is not null) Interlocked.Increment(ref units[writer]);
        }

        if (units is not null) Volatile.Write(ref units[writer], int.MaxValue);
    }

    /// <summary>
    /// Another writer (a long verb, a checkpoint) takes the file's write lock and keeps it until a unit of work has found it
    /// locked past its timeouts and was sent back to be retried; then leaves the file free until every writer has finished a
    /// unit of work since, and takes it again. Held and freed on those events, not on a clock: with timed holds, a writer
    /// that the loaded machine did not run while the file was free met hold after hold and ran out of retries.
    /// </summary>
    private static async Task<int> HoldLocksAsync(string file, ListLoggerProvider logs, int[] units, CancellationToken ct)
    {
        var held = 0;
        int[] Units() => [.. Enumerable.Range(0, units.Length).Select(w => Volatile.Read(ref units[w]))];
        bool Finished() => Units().All(u => u == int.MaxValue);
        while (!ct.IsCancellationRequested && !Finished())
        {
            await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await connection.OpenAsync(CancellationToken.None);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA busy_timeout=30000; BEGIN IMMEDIATE;";
                await command.ExecuteNonQueryAsync(CancellationToken.None);
                held++;
                var retried = Retried(logs);
                while (Retried(logs) == retried && !Finished())
                {
                    await Task.Delay(10, CancellationToken.None); // waiting for a writer to be sent back, not timing it
                }

                command.CommandText = "COMMIT;";
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }

            var released = Units();
            while (!ct.IsCancellationRequested && Units().Where((u, w) => u == released[w] && u != int.MaxValue).Any())
            {
                await Task.Delay(10, CancellationToken.None); // waiting for every writer to get through, not timing it
            }
        }

        return held;
    }
}
