using InternalTthc.Core.Conversations;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// The turn's reads on SQLite as prepared statements on kept connections (issue 14): nothing is cached across turns, so a
/// prefetch sees what another context (another instance) committed just before, and absent keys are read as absent.
/// </summary>
public sealed class PreparedReadsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_prefetch_reads_what_another_context_saved_just_before()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var at = new DateTimeOffset(2026, 4, 23, 7, 30, 0, TimeSpan.Zero);
        for (var version = 0; version < 3; version++)
        {
            await store.UseAsync<IConversationStateStore, int?>(s => s.SaveAsync("k", $"v{version}", version == 0 ? null : version, at, Ct));
            var read = await store.UseAsync<IConversationStateStore, StoredState?>(async s =>
            {
                await s.PrefetchAsync(["k", "absent"], Ct);
                Assert.Null(await s.GetAsync("absent", Ct));
                return await s.GetAsync("k", Ct);
            });
            Assert.Equal((version + 1, $"v{version}", at), (read!.Version, read.Payload, read.UpdatedAt));
        }
    }
}
