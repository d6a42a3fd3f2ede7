using InternalTthc.Core.Conversations;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>The conversation log (Direct Line's history and watermarks) and the inbound ledger, on both engines.</summary>
public sealed class ConversationStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 23, 7, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Messages_are_numbered_in_order_read_after_a_watermark_and_replaced_in_place(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var log = scope.ServiceProvider.GetRequiredService<IConversationLog>();
        await log.OpenAsync(new ChatConversation { Id = "c1", ChannelId = "directline", OwnerAccountId = "lcu.daumoi", CreatedAt = At }, Ct);

        var numbers = new List<long>();
        foreach (var text in new[] { "xin chào", "menu", "cảm ơn" })
        {
            numbers.Add(await log.AppendAsync("c1", n => $"{{\"id\":\"c1|{n}\",\"text\":\"{text}\"}}", At, Ct));
        }

        Assert.Equal([1L, 2, 3], numbers);
        Assert.Equal([2L, 3], (await log.ReadAfterAsync("c1", 1, 10, Ct)).Select(e => e.Sequence));
        Assert.Contains("\"id\":\"c1|2\"", (await log.ReadAfterAsync("c1", 1, 1, Ct)).Single().Payload);
        Assert.True(await log.ReplaceAsync("c1", 2, "{\"text\":\"đã cập nhật\"}", Ct));
        Assert.False(await log.ReplaceAsync("c1", 9, "{}", Ct));
        Assert.Equal("{\"text\":\"đã cập nhật\"}", (await log.ReadAfterAsync("c1", 1, 1, Ct)).Single().Payload);
        Assert.Empty(await log.ReadAfterAsync("other", 0, 10, Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => log.AppendAsync("never-opened", _ => "{}", At, Ct));
        Assert.Equal("lcu.daumoi", (await log.FindAsync("c1", Ct))!.OwnerAccountId);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_card_update_replaces_and_re_sends_together_or_not_at_all(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var log = scope.ServiceProvider.GetRequiredService<IConversationLog>();
        await log.OpenAsync(new ChatConversation { Id = "c1", ChannelId = "directline", OwnerAccountId = "lcu.daumoi", CreatedAt = At }, Ct);
        await log.AppendAsync("c1", _ => "{\"text\":\"thẻ cũ\"}", At, Ct);

        Assert.True(await log.ReplaceAndAppendAsync("c1", 1, "{\"text\":\"thẻ mới\"}", At, Ct));
        Assert.Equal(["{\"text\":\"thẻ mới\"}", "{\"text\":\"thẻ mới\"}"], (await log.ReadAfterAsync("c1", 0, 10, Ct)).Select(e => e.Payload));
        Assert.False(await log.ReplaceAndAppendAsync("c1", 9, "{}", At, Ct));
        Assert.Equal(2, (await log.ReadAfterAsync("c1", 0, 10, Ct)).Count);

        // The re-send fails (here: the database refuses any further message): the message keeps what it showed.
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        foreach (var sql in engine == StoreProvider.Sqlite
            ? ["CREATE TRIGGER refuse_log BEFORE INSERT ON conversation_log BEGIN SELECT RAISE(ABORT, 'refused'); END"]
            : new[]
            {
                "CREATE FUNCTION refuse_log() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER refuse_log BEFORE INSERT ON conversation_log FOR EACH ROW EXECUTE FUNCTION refuse_log()",
            })
        {
            await db.Database.ExecuteSqlRawAsync(sql, Ct);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => log.ReplaceAndAppendAsync("c1", 1, "{\"text\":\"thẻ mới hơn\"}", At, Ct));
        db.ChangeTracker.Clear();
        Assert.Equal("{\"text\":\"thẻ mới\"}", (await log.ReadAfterAsync("c1", 0, 1, Ct)).Single().Payload);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Concurrent_appends_from_several_instances_get_distinct_gapless_numbers(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using (var open = store.Scope())
        {
            await open.ServiceProvider.GetRequiredService<IConversationLog>().OpenAsync(
                new ChatConversation { Id = "busy", ChannelId = "directline", OwnerAccountId = "x", CreatedAt = At }, Ct);
        }

        await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            await using var scope = store.Scope();
            await scope.ServiceProvider.GetRequiredService<IConversationLog>().AppendAsync("busy", n => $"{{\"i\":{i}}}", At, Ct);
        }));

        await using var check = store.Scope();
        var all = await check.ServiceProvider.GetRequiredService<IConversationLog>().ReadAfterAsync("busy", 0, 100, Ct);
        Assert.Equal(Enumerable.Range(1, 12).Select(n => (long)n), all.Select(e => e.Sequence));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task The_ledger_admits_an_activity_once_until_forgotten_or_purged(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var ledger = scope.ServiceProvider.GetRequiredService<IInboundLedger>();

        Assert.True(await ledger.TryRecordAsync("msteams", "a1", At, Ct));
        Assert.False(await ledger.TryRecordAsync("msteams", "a1", At.AddMinutes(1), Ct));
        Assert.True(await ledger.TryRecordAsync("directline", "a1", At, Ct));

        await ledger.ForgetAsync("msteams", "a1", Ct);
        Assert.True(await ledger.TryRecordAsync("msteams", "a1", At.AddHours(1), Ct));

        Assert.Equal(1, await ledger.PurgeBeforeAsync(At.AddMinutes(30), Ct));
        Assert.False(await ledger.TryRecordAsync("msteams", "a1", At.AddHours(2), Ct));
        Assert.True(await ledger.TryRecordAsync("directline", "a1", At.AddHours(2), Ct));
    }
}
