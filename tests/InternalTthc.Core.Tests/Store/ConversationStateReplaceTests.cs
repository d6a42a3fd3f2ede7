using InternalTthc.Core.Conversations;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;

namespace InternalTthc.Core.Tests.Store;

/// <summary>A new form replaces the old one in one write: version 1 with the new payload, whatever was stored, on both engines.</summary>
public sealed class ConversationStateReplaceTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_replaced_state_starts_again_at_version_one_and_an_old_versions_save_loses(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        await store.UseAsync<IConversationStateStore, int?>(s => s.SaveAsync("form:a", "first", null, At, Ct));
        await store.UseAsync<IConversationStateStore, int?>(s => s.SaveAsync("form:a", "first, filled", 1, At, Ct));

        var replaced = await store.UseAsync<IConversationStateStore, int>(s => s.ReplaceAsync("form:a", "second", At.AddMinutes(1), Ct));
        var fresh = await store.UseAsync<IConversationStateStore, int>(s => s.ReplaceAsync("form:b", "only", At, Ct));
        var stale = await store.UseAsync<IConversationStateStore, int?>(s => s.SaveAsync("form:a", "first, stale press", 2, At, Ct));

        Assert.Equal((1, 1), (replaced, fresh));
        Assert.Null(stale);
        var a = await store.UseAsync<IConversationStateStore, StoredState?>(s => s.GetAsync("form:a", Ct));
        var b = await store.UseAsync<IConversationStateStore, StoredState?>(s => s.GetAsync("form:b", Ct));
        Assert.Equal(("second", 1, At.AddMinutes(1)), (a?.Payload, a?.Version, a?.UpdatedAt));
        Assert.Equal(("only", 1), (b?.Payload, b?.Version));
    }
}
