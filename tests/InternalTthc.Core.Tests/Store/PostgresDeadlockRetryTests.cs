using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// Two units of work that lock the same rows in opposite orders: PostgreSQL ends one of them with a deadlock (40P01), and
/// the execution strategy runs that unit again, as it does after a serialization failure, instead of failing its caller.
/// </summary>
public sealed class PostgresDeadlockRetryTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 23, 7, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_unit_of_work_ended_by_a_deadlock_runs_again_and_both_commit()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.PostgreSql);
        await using (var seed = store.Scope())
        {
            var db = seed.ServiceProvider.GetRequiredService<TthcDbContext>();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO conversation_states (key, payload, version, updated_at) VALUES ('a', '0', 1, {At.UtcDateTime}), ('b', '0', 1, {At.UtcDateTime})", Ct);
        }

        // Each unit holds its first row until the other holds its own, then asks for the other's: a deadlock on the first
        // attempts. A second attempt does not wait for the other unit again.
        var firstHeld = new[] { new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var attempts = new int[2];
        async Task Unit(int me, string first, string second)
        {
            await using var scope = store.Scope();
            var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
            await db.InTransactionAsync(async ct =>
            {
                var attempt = Interlocked.Increment(ref attempts[me]);
                await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE conversation_states SET payload = payload || {me.ToString()} WHERE key = {first}", ct);
                if (attempt == 1)
                {
                    firstHeld[me].TrySetResult();
                    await firstHeld[1 - me].Task.WaitAsync(ct);
                }

                await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE conversation_states SET payload = payload || {me.ToString()} WHERE key = {second}", ct);
            }, Ct);
        }

        await Task.WhenAll(Unit(0, "a", "b"), Unit(1, "b", "a"));

        Assert.True(attempts.Sum() >= 3, "neither unit ran again"); // the deadlocked one ran twice (the machine's load may add a retry)
        await using var check = store.Scope();
        var payloads = await check.ServiceProvider.GetRequiredService<TthcDbContext>().ConversationStates
            .OrderBy(s => s.Key).Select(s => s.Payload).ToListAsync(Ct);
        // Each row got exactly one mark of each unit: the deadlocked attempt's own mark was rolled back with it.
        Assert.All(payloads, p => Assert.Equal(["0", "1"], p[1..].Order().Select(c => c.ToString())));
    }
}
