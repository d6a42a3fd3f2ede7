using InternalTthc.Core.Cases;
using System.Diagnostics;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using InternalTthc.Testing;

namespace InternalTthc.Core.Tests.Notifications;

/// <summary>The outbox on real engines: leases keep instances apart, failures wait and end as dead letters, a crash loses nothing.</summary>
public sealed class OutboxDispatcherTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 23, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Two_dispatcher_instances_deliver_every_row_exactly_once(StoreProvider engine)
    {
        // The issue asks for 10,000 on PostgreSQL; SQLite (one writer at a time) proves the same with fewer.
        var count = engine == StoreProvider.PostgreSql ? 10_000 : 1_000;
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        var handler = new TestHandler();
        await using var first = new OutboxInstance(store, clock, handler);
        await using var second = new OutboxInstance(store, clock, handler);
        foreach (var chunk in Enumerable.Range(0, count).Chunk(1_000))
        {
            await first.UseAsync(s => s.AddAsync([.. chunk.Select(i => TestHandler.Message(i, At))], Ct));
        }

        var watch = Stopwatch.StartNew();
        var handled = await Task.WhenAll(
            Task.Run(() => first.Dispatcher.RunUntilIdleAsync(Ct), Ct),
            Task.Run(() => second.Dispatcher.RunUntilIdleAsync(Ct), Ct));
        watch.Stop();

        Assert.Equal(count, handler.Handled.Count);
        Assert.All(handler.Handled.Values, n => Assert.Equal(1, n));
        Assert.Equal(count, handled.Sum());
        Assert.Empty(await first.UseAsync(s => s.ListAsync(OutboxStatus.Pending, 10, Ct)));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{engine}: {count} rows by two instances in {watch.Elapsed.TotalSeconds:0.0} s ({count / watch.Elapsed.TotalSeconds:0} rows/s); split {handled[0]} / {handled[1]}.");
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_failing_row_waits_as_asked_then_becomes_a_dead_letter_an_administrator_can_resend(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        var failing = true;
        var handler = new TestHandler((_, attempts) => failing
            ? OutboxResult.Retry("429 Throttled", attempts == 0 ? TimeSpan.FromSeconds(30) : null)
            : OutboxResult.Done());
        await using var instance = new OutboxInstance(store, clock, handler, new OutboxOptions { MaxAttempts = 3, RetryBaseDelay = TimeSpan.FromMinutes(1) });
        await instance.UseAsync(s => s.AddAsync([TestHandler.Message(1, At)], Ct));

        Assert.Equal(1, await instance.Dispatcher.RunOnceAsync(Ct));
        var waiting = Assert.Single(await instance.UseAsync(s => s.ListAsync(OutboxStatus.Pending, 10, Ct)));
        Assert.Equal(At.AddSeconds(30), waiting.NextAttemptAt);
        Assert.Equal("429 Throttled", waiting.LastError);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await instance.Dispatcher.RunOnceAsync(Ct));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await instance.Dispatcher.RunOnceAsync(Ct));
        // Without a wait named by the channel, the back-off doubles: 1 minute after the first attempt, 2 after the second.
        Assert.Equal(clock.GetUtcNow().AddMinutes(2), Assert.Single(await instance.UseAsync(s => s.ListAsync(OutboxStatus.Pending, 10, Ct))).NextAttemptAt);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await instance.Dispatcher.RunOnceAsync(Ct));

        var dead = Assert.Single(await instance.UseAsync(s => s.ListAsync(OutboxStatus.DeadLetter, 10, Ct)));
        Assert.Equal(3, dead.Attempts);
        Assert.Empty(handler.Handled);

        failing = false;
        Assert.True(await instance.UseAsync(s => s.ResendAsync(dead.Id, clock.GetUtcNow(), Ct)));
        Assert.False(await instance.UseAsync(s => s.ResendAsync(dead.Id, clock.GetUtcNow(), Ct)));
        Assert.Equal(1, await instance.Dispatcher.RunUntilIdleAsync(Ct));
        Assert.Equal(1, handler.Handled["test:1"]);
        Assert.Single(await instance.UseAsync(s => s.ListAsync(OutboxStatus.Sent, 10, Ct)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task An_instance_killed_in_the_middle_of_a_batch_loses_nothing_and_repeats_nothing(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var seen = 0;
        var dying = new TestHandler((_, _) =>
        {
            // The third row is where the process dies: nothing after it is handled or recorded by this instance.
            if (Interlocked.Increment(ref seen) == 3)
            {
                kill.Cancel();
                kill.Token.ThrowIfCancellationRequested();
            }

            return OutboxResult.Done();
        });
        var survivor = new TestHandler();
        var options = new OutboxOptions { BatchSize = 10, LeaseDuration = TimeSpan.FromMinutes(2) };
        await using var killed = new OutboxInstance(store, clock, dying, options);
        await using var restarted = new OutboxInstance(store, clock, survivor, options);
        await killed.UseAsync(s => s.AddAsync([.. Enumerable.Range(0, 25).Select(i => TestHandler.Message(i, At))], Ct));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed.Dispatcher.RunUntilIdleAsync(kill.Token));
        Assert.Equal(2, dying.Handled.Count);

        // The dead instance still holds the rest of its batch until the lease ends; the others go at once.
        Assert.Equal(15, await restarted.Dispatcher.RunUntilIdleAsync(Ct));
        clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        Assert.Equal(8, await restarted.Dispatcher.RunUntilIdleAsync(Ct));

        var all = dying.Handled.Keys.Concat(survivor.Handled.Keys).ToList();
        Assert.Equal(25, all.Distinct().Count());
        Assert.Equal(25, all.Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Rows_of_one_key_go_in_the_order_they_were_queued_even_when_the_first_must_wait(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        var order = new List<string>();
        var firstFails = true;
        var handler = new TestHandler((m, _) =>
        {
            if (m.IdempotencyKey == "test:1" && firstFails)
            {
                return OutboxResult.Retry("502 Bad Gateway");
            }

            order.Add(m.IdempotencyKey);
            return OutboxResult.Done();
        });
        await using var first = new OutboxInstance(store, clock, handler, new OutboxOptions { RetryBaseDelay = TimeSpan.FromMinutes(1) });
        await using var second = new OutboxInstance(store, clock, handler);
        // "received" (1) then "result" (2) for the same person and case, and a row of another key (3) queued after both.
        await first.UseAsync(s => s.AddAsync(
            [TestHandler.Message(1, At, "case:a"), TestHandler.Message(2, At.AddSeconds(1), "case:a"),
             TestHandler.Message(3, At.AddSeconds(2), "case:b")], Ct));
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(2, await first.Dispatcher.RunUntilIdleAsync(Ct));
        Assert.Equal(0, await second.Dispatcher.RunUntilIdleAsync(Ct)); // 2 waits behind 1, whichever instance looks
        Assert.Equal(["test:3"], order);

        firstFails = false;
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await second.Dispatcher.RunUntilIdleAsync(Ct));
        Assert.Equal(["test:3", "test:1", "test:2"], order);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_row_for_someone_out_of_reach_waits_without_retrying_until_he_writes(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        var reachable = false;
        var handler = new TestHandler((_, _) => reachable ? OutboxResult.Done() : OutboxResult.AwaitingContact("no conversation yet"));
        await using var instance = new OutboxInstance(store, clock, handler, new OutboxOptions { MaxAttempts = 2 });
        var person = Guid.NewGuid();
        await instance.UseAsync(s => s.AddAsync([TestHandler.Message(1, At, recipientId: person)], Ct));

        Assert.Equal(1, await instance.Dispatcher.RunUntilIdleAsync(Ct));
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await instance.Dispatcher.RunUntilIdleAsync(Ct)); // no retries, no dead letter
        Assert.Single(await instance.UseAsync(s => s.ListAsync(OutboxStatus.AwaitingContact, 10, Ct)));
        Assert.Equal(0, await instance.UseAsync(s => s.ReleaseAwaitingContactAsync(Guid.NewGuid(), clock.GetUtcNow(), Ct)));

        reachable = true;
        Assert.Equal(1, await instance.UseAsync(s => s.ReleaseAwaitingContactAsync(person, clock.GetUtcNow(), Ct)));
        Assert.Equal(1, await instance.Dispatcher.RunUntilIdleAsync(Ct));
        Assert.Equal(1, handler.Handled["test:1"]);
        Assert.Empty(await instance.UseAsync(s => s.ListAsync(OutboxStatus.AwaitingContact, 10, Ct)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_case_event_is_taken_only_after_the_earlier_events_of_its_case(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At.AddMinutes(1));
        await using var instance = new OutboxInstance(store, clock, new TestHandler());
        var (caseA, caseB) = (Guid.NewGuid(), Guid.NewGuid());
        OutboxMessage Event(Guid caseId, CaseAction action, int second) => OutboxMessage.ForCaseEvent(new CaseEvent
        {
            CaseId = caseId, At = At.AddSeconds(second), ActorId = Guid.NewGuid(), Action = action, FromStatus = CaseStatus.Submitted, ToStatus = CaseStatus.Received,
        });
        var received = Event(caseA, CaseAction.Receive, 1);
        await instance.UseAsync(s => s.AddAsync([received, Event(caseA, CaseAction.Resolve, 2), Event(caseB, CaseAction.Receive, 3)], Ct));

        var now = clock.GetUtcNow();
        var first = await instance.UseAsync(s => s.LeaseAsync("one", now, now.AddMinutes(2), 10, Ct));
        // The result of case A waits behind its receipt, even for another instance; case B does not wait.
        Assert.Equal([received.Id], first.Where(m => m.CaseId == caseA).Select(m => m.Id));
        Assert.Single(first, m => m.CaseId == caseB);
        Assert.Empty(await instance.UseAsync(s => s.LeaseAsync("two", now, now.AddMinutes(2), 10, Ct)));
    }
}
