using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using InternalTthc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Notifications;

/// <summary>
/// Issue 17, the notification sent twice: a row's lease may lapse while its instance sends it (a process starved of CPU);
/// its send claim keeps every other instance from sending it meanwhile, and a dead instance's claim is taken over.
/// </summary>
public sealed class OutboxSendClaimTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 23, 2, 0, 0, TimeSpan.Zero);

    // Renewals that never come: the instance is starved, so its lease lapses while it waits for the channel.
    private static readonly OutboxOptions Starved = new() { LeaseDuration = TimeSpan.FromSeconds(30), LeaseRenewal = TimeSpan.FromHours(1) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_default_send_claim_outlasts_a_send_and_its_record_with_room_to_spare()
    {
        var options = new OutboxOptions();

        Assert.Null(options.SendClaimProblem());
        Assert.NotNull(new OutboxOptions { SendClaimValidity = TimeSpan.FromSeconds(30), SendTimeout = TimeSpan.FromSeconds(10) }.SendClaimProblem());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_row_whose_lease_lapsed_while_its_send_was_under_way_is_not_sent_again_by_another_instance(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        var posts = 0;
        var posting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task PostAsync(OutboxMessage message, CancellationToken ct)
        {
            // The first call waits for the channel's answer until the test gives it; every call is counted once answered.
            if (posting.TrySetResult())
            {
                await answer.Task.WaitAsync(ct);
            }

            Interlocked.Increment(ref posts);
        }

        await using var first = new OutboxInstance(store, clock, s => Posting(s, clock, PostAsync), Starved);
        await using var second = new OutboxInstance(store, clock, s => Posting(s, clock, PostAsync));
        await first.UseAsync(s => s.AddAsync([TestHandler.Message(1, At)], Ct));

        var sending = Task.Run(() => first.Dispatcher.RunOnceAsync(Ct), Ct);
        await posting.Task.WaitAsync(Ct);
        clock.Advance(Starved.LeaseDuration + TimeSpan.FromSeconds(1));
        // The lease lapsed: the second instance takes the row, and must leave its send to the first.
        await second.Dispatcher.RunOnceAsync(Ct);
        answer.SetResult();
        await sending;
        clock.Advance(TimeSpan.FromMinutes(5));
        await second.Dispatcher.RunUntilIdleAsync(Ct);

        Assert.Equal(1, posts);
        Assert.Equal(1, await SentRecordsAsync(store));
        Assert.Single(await first.UseAsync(s => s.ListAsync(OutboxStatus.Sent, 10, Ct)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task The_send_claim_of_an_instance_killed_before_its_call_is_taken_over_once_it_is_old_and_the_row_sent_once(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var posts = 0;
        var claimed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task PostAsync(OutboxMessage message, CancellationToken ct)
        {
            // The first instance dies here, with the row claimed and nothing sent.
            if (claimed.TrySetResult())
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            Interlocked.Increment(ref posts);
        }

        await using var killed = new OutboxInstance(store, clock, s => Posting(s, clock, PostAsync), Starved);
        await using var survivor = new OutboxInstance(store, clock, s => Posting(s, clock, PostAsync));
        await killed.UseAsync(s => s.AddAsync([TestHandler.Message(1, At)], Ct));

        var dying = Task.Run(() => killed.Dispatcher.RunOnceAsync(kill.Token), Ct);
        await claimed.Task.WaitAsync(Ct);
        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying);

        // Its lease lapsed, its claim is still young: the survivor leaves the row alone.
        clock.Advance(Starved.LeaseDuration + TimeSpan.FromSeconds(1));
        await survivor.Dispatcher.RunUntilIdleAsync(Ct);
        Assert.Equal(0, posts);
        Assert.Single(await survivor.UseAsync(s => s.ListAsync(OutboxStatus.Pending, 10, Ct)));

        // Once the claim is older than its validity it is taken over, and the row is sent, once, without an attempt lost.
        clock.Advance(new OutboxOptions().SendClaimValidity);
        await survivor.Dispatcher.RunUntilIdleAsync(Ct);
        Assert.Equal(1, posts);
        Assert.Equal(1, await SentRecordsAsync(store));
        Assert.Equal(1, Assert.Single(await survivor.UseAsync(s => s.ListAsync(OutboxStatus.Sent, 10, Ct))).Attempts);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_send_into_the_store_by_an_instance_whose_claim_was_taken_over_is_not_made(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        var claimed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task StallFirstAsync(CancellationToken ct)
        {
            if (claimed.TrySetResult())
            {
                await resume.Task.WaitAsync(ct);
            }
        }

        await using var first = new OutboxInstance(store, clock, s => Appending(s, clock, StallFirstAsync), Starved);
        await using var second = new OutboxInstance(store, clock, s => Appending(s, clock, StallFirstAsync));
        await first.UseAsync(s => s.AddAsync([TestHandler.Message(1, At)], Ct));

        var stalled = Task.Run(() => first.Dispatcher.RunOnceAsync(Ct), Ct);
        await claimed.Task.WaitAsync(Ct);
        clock.Advance(new OutboxOptions().SendClaimValidity + TimeSpan.FromSeconds(1));
        await second.Dispatcher.RunUntilIdleAsync(Ct);
        resume.SetResult();
        await stalled;

        Assert.Equal(1, await SentRecordsAsync(store));
        var sent = Assert.Single(await first.UseAsync(s => s.ListAsync(OutboxStatus.Sent, 10, Ct)));
        Assert.Null(sent.SendClaim);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_call_not_started_while_its_claim_was_young_is_left_for_later_without_losing_an_attempt(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        var options = new OutboxOptions();
        var posts = 0;
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var instance = new OutboxInstance(store, clock, s => Posting(s, clock, async (message, ct) =>
        {
            // The instance stands still after its claim, before its call, until the claim is too old to start a send on.
            if (waiting.TrySetResult())
            {
                await go.Task.WaitAsync(ct);
            }

            await s.GetRequiredService<SendClaims>().SendWhileYoungAsync(message, _ =>
            {
                Interlocked.Increment(ref posts);
                return Task.CompletedTask;
            }, ct);
        }), Starved);
        await instance.UseAsync(s => s.AddAsync([TestHandler.Message(1, At)], Ct));

        var run = Task.Run(() => instance.Dispatcher.RunOnceAsync(Ct), Ct);
        await waiting.Task.WaitAsync(Ct);
        clock.Advance(options.SendClaimValidity - 2 * options.SendTimeout);
        go.SetResult();
        await run;

        Assert.Equal(0, posts);
        var left = Assert.Single(await instance.UseAsync(s => s.ListAsync(OutboxStatus.Pending, 10, Ct)));
        Assert.Equal(0, left.Attempts);
        Assert.Null(left.SendClaim);
        await instance.Dispatcher.RunUntilIdleAsync(Ct);
        Assert.Equal(1, posts);
        Assert.Equal(1, Assert.Single(await instance.UseAsync(s => s.ListAsync(OutboxStatus.Sent, 10, Ct))).Attempts);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_call_the_channel_does_not_answer_within_the_send_timeout_is_given_up_and_tried_again(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var clock = new FakeClock(At);
        var options = new OutboxOptions();
        var calling = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var instance = new OutboxInstance(store, clock, s => Posting(s, clock, (message, ct) =>
            s.GetRequiredService<SendClaims>().SendWhileYoungAsync(message, async token =>
            {
                calling.TrySetResult();
                await Task.Delay(Timeout.Infinite, token);
            }, ct)), Starved);
        await instance.UseAsync(s => s.AddAsync([TestHandler.Message(1, At)], Ct));

        var run = Task.Run(() => instance.Dispatcher.RunOnceAsync(Ct), Ct);
        await calling.Task.WaitAsync(Ct);
        clock.Advance(options.SendTimeout);
        await run;

        var retried = Assert.Single(await instance.UseAsync(s => s.ListAsync(OutboxStatus.Pending, 10, Ct)));
        Assert.Equal(1, retried.Attempts);
        Assert.Contains("SendTimeout", retried.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await SentRecordsAsync(store));
    }

    private static PostingHandler Posting(IServiceProvider services, TimeProvider clock, Func<OutboxMessage, CancellationToken, Task> post) =>
        new(services.GetRequiredService<IDeliveryLog>(), clock, post);

    private static Task<int> SentRecordsAsync(TestStore store) =>
        store.UseAsync<TthcDbContext, int>(db => db.DeliveryLog.CountAsync(d => d.Outcome == DeliveryOutcome.Sent, Ct));

    private static AppendingHandler Appending(IServiceProvider services, TimeProvider clock, Func<CancellationToken, Task> before) =>
        new(services.GetRequiredService<IDeliveryLog>(), services.GetRequiredService<IUnitOfWork>(), services.GetRequiredService<SendClaims>(), clock, before);

    /// <summary>Sends as the Direct Line send does: in one transaction, the claim held, the message appended with its delivery record.</summary>
    private sealed class AppendingHandler(IDeliveryLog log, IUnitOfWork unit, SendClaims claims, TimeProvider clock, Func<CancellationToken, Task> before)
        : IOutboxHandler
    {
        public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            if (await log.WasSentAsync(message.Id, cancellationToken))
            {
                return OutboxResult.Done();
            }

            await before(cancellationToken);
            return await unit.RunAsync(async ct =>
            {
                await claims.HoldAsync(message, ct);
                await log.RecordAsync(new DeliveryRecord { OutboxMessageId = message.Id, Outcome = DeliveryOutcome.Sent, At = clock.GetUtcNow() }, ct);
                return OutboxResult.Done();
            }, cancellationToken);
        }
    }
}
