using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;

namespace InternalTthc.Core.Tests.Notifications;

/// <summary>
/// The outbox's writes per row, written out (outbox13): a send's claim, its outcome, and the follow-up rows queued with the
/// outcome, read back as they were queued; a key already queued is never queued twice.
/// </summary>
public sealed class OutboxStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 23, 2, 0, 0, 123, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Follow_ups_are_stored_with_the_outcome_as_queued_and_a_key_already_queued_is_skipped(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var first = TestHandler.Message(1, At);
        Assert.Equal(2, await Use(store, s => s.AddAsync([first, TestHandler.Message(2, At)], Ct)));
        // A key queued before, and one twice in the same call: each row once.
        Assert.Equal(1, await Use(store, s => s.AddAsync([TestHandler.Message(2, At), TestHandler.Message(3, At), TestHandler.Message(3, At)], Ct)));
        var leased = await Use(store, s => s.LeaseAsync("lease-a", At, At.AddMinutes(1), 10, Ct));
        var row = Assert.Single(leased, m => m.Id == first.Id);
        Assert.True(await Use(store, s => s.ClaimSendAsync(row, "lease-a", At, At.AddMinutes(-10), Ct)));
        Assert.False(await Use(store, s => s.ClaimSendAsync(row, "lease-a", At, At.AddMinutes(-10), Ct))); // a young claim stays

        var followUp = new OutboxMessage
        {
            Topic = "follow", CaseId = Guid.NewGuid(), RecipientId = Guid.NewGuid(), AnnouncementId = Guid.NewGuid(), OrderKey = "order",
            Payload = """{"a":"ă"}""", IdempotencyKey = "follow:1", CreatedAt = At, NextAttemptAt = At.AddHours(3),
        };
        var done = new OutboxCompletion(OutboxStatus.Sent, 1, At, At.AddSeconds(1), null, [followUp, OutboxMessage.Planned("follow", "changed", "test:2", At, At)]);
        Assert.True(await Use(store, s => s.CompleteAsync(row, "lease-a", done, Ct)));

        var stored = await Use(store, s => s.FindAsync("follow:1", Ct));
        Assert.NotNull(stored);
        Assert.Equivalent(followUp, stored, strict: true);
        Assert.Equal("{}", (await Use(store, s => s.FindAsync("test:2", Ct)))!.Payload); // the row queued first stays as it was
        var sent = (await Use(store, s => s.FindAsync("test:1", Ct)))!;
        Assert.Equal((OutboxStatus.Sent, 1, At.AddSeconds(1), null, null, null, null), (sent.Status, sent.Attempts, sent.SentAt, sent.LeaseOwner, sent.LeaseUntil, sent.SendClaim, sent.SendClaimedAt));
        Assert.Equal(3, (await Use(store, s => s.ListAsync(OutboxStatus.Pending, 10, Ct))).Count); // test:2, test:3 and the follow-up
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task An_outcome_is_written_only_while_the_claim_is_the_leases_own(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await Use(store, s => s.AddAsync([TestHandler.Message(1, At), TestHandler.Message(2, At)], Ct));
        var leased = await Use(store, s => s.LeaseAsync("lease-a", At, At.AddMinutes(1), 10, Ct));
        var (claimed, unclaimed) = (leased[0], leased[1]);
        Assert.True(await Use(store, s => s.ClaimSendAsync(claimed, "lease-a", At, At.AddMinutes(-10), Ct)));
        // Taken over: its claim went stale and another lease claimed it.
        var later = At.AddMinutes(20);
        Assert.Equal(2, (await Use(store, s => s.LeaseAsync("lease-b", later, later.AddMinutes(1), 10, Ct))).Count);
        Assert.True(await Use(store, s => s.ClaimSendAsync(claimed, "lease-b", later, later.AddMinutes(-10), Ct)));

        var retry = new OutboxCompletion(OutboxStatus.Pending, 1, later.AddMinutes(5), null, "busy", []);
        Assert.False(await Use(store, s => s.CompleteAsync(claimed, "lease-a", retry, Ct)));
        Assert.False(await Use(store, s => s.CompleteAsync(claimed, "lease-a", retry with { FollowUps = [TestHandler.Message(3, At)] }, Ct)));
        Assert.Null(await Use(store, s => s.FindAsync("test:3", Ct)));
        var taken = (await Use(store, s => s.FindAsync(claimed.IdempotencyKey, Ct)))!;
        Assert.Equal((0, "lease-b", "lease-b", later), (taken.Attempts, taken.LeaseOwner, taken.SendClaim, taken.SendClaimedAt));

        // A row never claimed is completed under its lease; the claimed one under its claim.
        Assert.False(await Use(store, s => s.CompleteAsync(unclaimed, "lease-a", retry, Ct)));
        Assert.True(await Use(store, s => s.CompleteAsync(unclaimed, "lease-b", retry, Ct)));
        Assert.True(await Use(store, s => s.CompleteAsync(claimed, "lease-b", retry, Ct)));
        foreach (var key in new[] { claimed.IdempotencyKey, unclaimed.IdempotencyKey })
        {
            var row = (await Use(store, s => s.FindAsync(key, Ct)))!;
            Assert.Equal((OutboxStatus.Pending, 1, later.AddMinutes(5), "busy", null, null, null, null, null),
                (row.Status, row.Attempts, row.NextAttemptAt, row.LastError, row.SentAt, row.LeaseOwner, row.LeaseUntil, row.SendClaim, row.SendClaimedAt));
        }
    }

    private static Task<T> Use<T>(TestStore store, Func<IOutboxStore, Task<T>> use) => store.UseAsync<IOutboxStore, T>(use);
}
