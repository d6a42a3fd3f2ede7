using InternalTthc.Bot.Channels.Zalo;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// The OA's access token: one that stops working during a send is renewed once and the send made once more; a rejection
/// right after the renewal is not renewed again in a loop; two instances renewing at the same moment spend the single-use
/// refresh token once, the second taking the pair the first saved.
/// </summary>
public sealed class ZaloTokenTests
{
    private const string Ngoc = "7001002003004005006";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_that_expires_during_a_send_is_renewed_once_and_the_message_delivered()
    {
        await using var zalo = await ZaloService.StartAsync();
        await new CaseDesk(zalo.Host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);

        zalo.Oa.ExpireAccessToken();
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));

        Assert.Equal(1, zalo.Oa.Refreshes);
        Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", user.TextSince(0));
        Assert.Contains(zalo.Host.Logs.Entries, l => l.Message.Contains("Zalo token pair renewed", StringComparison.Ordinal));

        // The renewed pair is the one kept: the next messages use it without renewing again.
        await zalo.TurnAsync(() => user.SayAsync("hồ sơ của tôi"));
        Assert.Equal(1, zalo.Oa.Refreshes);
        Assert.Empty(zalo.Oa.Violations);
    }

    [Fact]
    public async Task A_token_rejected_again_after_its_renewal_is_not_renewed_in_a_loop_and_the_message_waits_for_a_retry()
    {
        await using var zalo = await ZaloService.StartAsync();
        await new CaseDesk(zalo.Host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);

        zalo.Oa.ExpireAccessToken();
        zalo.Oa.FailNext(-216);
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));

        Assert.Equal(1, zalo.Oa.Refreshes);
        Assert.Empty(user.Received);

        zalo.Host.Clock.Advance(TimeSpan.FromMinutes(10));
        await zalo.DispatchAsync();
        Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", user.TextSince(0));
        Assert.Equal(1, zalo.Oa.Refreshes);
    }

    [Fact]
    public async Task Two_instances_renewing_at_once_on_PostgreSQL_call_Zalo_once_and_both_use_the_new_pair()
    {
        await using var database = await ScratchPostgres.CreateAsync();
        await using var oa = await FakeZaloOa.StartAsync();
        var settings = ZaloService.Settings(oa);
        settings["Store:Provider"] = "PostgreSql";
        settings["Store:ConnectionString"] = database.ConnectionString;
        var (first, second) = (ServiceTestHost.NewFolder(), ServiceTestHost.NewFolder());
        try
        {
            await using var one = await ServiceTestHost.StartAsync(first, settings: settings);
            await using var two = await ServiceTestHost.StartAsync(second, settings: settings);
            var (access, refresh) = oa.IssuePair();
            await UseTokensAsync(one, t => t.SetAsync(new ZaloTokenPair(access, refresh, TimeSpan.FromHours(25)), Ct));

            // Both clocks reach the renewal margin; the first renewal is held at Zalo until the second instance waits on the lock.
            one.Clock.Advance(TimeSpan.FromHours(25));
            two.Clock.Advance(TimeSpan.FromHours(25));
            var atZalo = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            oa.BeforeRefresh = () =>
            {
                atZalo.TrySetResult();
                return release.Task;
            };

            var fromOne = GetAsync(one);
            await atZalo.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
            var fromTwo = GetAsync(two);
            await WaitForLockWaiterAsync(database);
            release.SetResult();

            var tokens = await Task.WhenAll(fromOne, fromTwo);
            Assert.Equal(1, oa.Refreshes);
            Assert.NotEqual(access, tokens[0]);
            Assert.Equal(tokens[0], tokens[1]);
        }
        finally
        {
            ServiceTestHost.DeleteFolder(first);
            ServiceTestHost.DeleteFolder(second);
        }
    }

    private static Task<string> GetAsync(ServiceTestHost host) => UseTokensAsync(host, t => t.GetAsync(Ct));

    private static async Task<T> UseTokensAsync<T>(ServiceTestHost host, Func<ZaloAccessTokens, Task<T>> use)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ZaloAccessTokens>());
    }

    private static async Task UseTokensAsync(ServiceTestHost host, Func<ZaloAccessTokens, Task> use) =>
        await UseTokensAsync(host, async t =>
        {
            await use(t);
            return true;
        });

    /// <summary>Until a session of the database waits on an advisory lock: the second instance stands behind the first.</summary>
    private static async Task WaitForLockWaiterAsync(ScratchPostgres database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", connection);
        for (var tries = 0; (long)(await command.ExecuteScalarAsync(Ct))! == 0; tries++)
        {
            if (tries > 600) throw new TimeoutException("The second instance never waited on the renewal lock.");
            await Task.Delay(100, Ct); // polling a condition, not timing one
        }
    }
}
