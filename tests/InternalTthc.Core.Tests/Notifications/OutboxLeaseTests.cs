using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using InternalTthc.Testing;

namespace InternalTthc.Core.Tests.Notifications;

/// <summary>Issue 17.13: a lease is short and renewed while its row is worked on, so a crashed instance's rows come back soon.</summary>
public sealed class OutboxLeaseTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 23, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_default_lease_is_short_and_renewed_well_before_it_ends()
    {
        var options = new OutboxOptions();

        Assert.True(options.LeaseDuration <= TimeSpan.FromSeconds(30), $"{options.LeaseDuration}");
        Assert.True(options.LeaseRenewal * 2 < options.LeaseDuration, $"{options.LeaseRenewal}");
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_row_worked_on_longer_than_its_lease_stays_with_its_instance_and_comes_back_soon_after_a_crash(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        var options = new OutboxOptions { LeaseDuration = TimeSpan.FromSeconds(30), LeaseRenewal = TimeSpan.FromSeconds(10) };
        using var crash = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var working = new TaskCompletionSource();
        var slow = new TestHandler((_, _) =>
        {
            working.TrySetResult();
            // Works until the process dies.
            crash.Token.WaitHandle.WaitOne();
            crash.Token.ThrowIfCancellationRequested();
            return OutboxResult.Done();
        });
        var other = new TestHandler();
        await using var first = new OutboxInstance(store, clock, slow, options);
        await using var second = new OutboxInstance(store, clock, other, options);
        await first.UseAsync(s => s.AddAsync([TestHandler.Message(1, At)], Ct));

        var run = Task.Run(() => first.Dispatcher.RunOnceAsync(crash.Token), Ct);
        await working.Task.WaitAsync(Ct);
        for (var renewed = 0; renewed < 6; renewed++)
        {
            Assert.Equal(options.LeaseRenewal, await clock.NextTimerAsync());
            clock.Advance(options.LeaseRenewal);
        }

        // A minute on, twice the lease: the row is still the first instance's.
        Assert.Equal(options.LeaseRenewal, await clock.NextTimerAsync());
        Assert.Equal(0, await second.Dispatcher.RunOnceAsync(Ct));

        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        // Its send claim, taken a minute ago, is no longer young: the row comes back with its lease.
        clock.Advance(options.LeaseDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await second.Dispatcher.RunOnceAsync(Ct));
        Assert.Equal(1, other.Handled["test:1"]);
    }
}
