using InternalTthc.Core.Conversations;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>Retention: unfinished forms, the Direct Line log and the redelivery ledger are forgotten past their time, nothing else.</summary>
public sealed class RetentionPurgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Only_what_is_older_than_its_cutoff_goes(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
            db.ConversationStates.AddRange(
                new StoredState { Key = "form:old", Payload = "{}", UpdatedAt = Now.AddDays(-100) },
                new StoredState { Key = "form:new", Payload = "{}", UpdatedAt = Now.AddDays(-1) },
                new StoredState { Key = "case-action:old", Payload = "{}", UpdatedAt = Now.AddDays(-100) });
            db.ChatConversations.Add(new ChatConversation { Id = "c1", ChannelId = "directline", OwnerAccountId = "a", CreatedAt = Now.AddDays(-400) });
            await db.SaveChangesAsync(Ct);
            var log = scope.ServiceProvider.GetRequiredService<IConversationLog>();
            await log.AppendAsync("c1", _ => "{}", Now.AddDays(-400), Ct);
            await log.AppendAsync("c1", _ => "{}", Now.AddDays(-2), Ct);
            var ledger = scope.ServiceProvider.GetRequiredService<IInboundLedger>();
            await ledger.TryRecordAsync("msteams", "old", Now.AddDays(-8), Ct);
            await ledger.TryRecordAsync("msteams", "new", Now.AddHours(-1), Ct);
        }

        await using var purge = store.Scope();
        var report = await purge.ServiceProvider.GetRequiredService<IRetentionPurge>()
            .PurgeAsync(new RetentionCutoffs(Now.AddDays(-90), Now.AddDays(-365), Now.AddDays(-7)), Ct);

        Assert.Equal(new RetentionReport(1, 1, 1), report);
        var db2 = purge.ServiceProvider.GetRequiredService<TthcDbContext>();
        Assert.Equal(["case-action:old", "form:new"], await db2.ConversationStates.Select(s => s.Key).OrderBy(k => k).ToListAsync(Ct));
        Assert.Equal(2, await db2.ConversationLog.Select(e => e.Sequence).SingleAsync(Ct));
        Assert.Equal("new", await db2.ProcessedActivities.Select(p => p.ActivityId).SingleAsync(Ct));
    }
}
