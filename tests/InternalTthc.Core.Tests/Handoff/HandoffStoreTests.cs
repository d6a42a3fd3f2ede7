using InternalTthc.Core.Handoff;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Handoff;

/// <summary>Hand-offs on both engines: of two agents taking one request at the same moment exactly one wins; ending is once.</summary>
public sealed class HandoffStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Two_agents_taking_the_same_request_at_once_exactly_one_wins(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        for (var round = 0; round < 20; round++)
        {
            var request = await AddAsync(store);
            var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
            using var start = new ManualResetEventSlim();
            // Each agent in a scope (a connection) of his own, released together.
            var takes = new[] { first, second }.Select(agent => Task.Run(async () =>
            {
                await using var scope = store.Scope();
                var handoffs = scope.ServiceProvider.GetRequiredService<IHandoffStore>();
                start.Wait(Ct);
                return (agent, won: await handoffs.TryTakeAsync(request.Id, agent, null, null, At.AddMinutes(1), Ct));
            }, Ct)).ToList();
            start.Set();
            var results = await Task.WhenAll(takes);

            var winner = Assert.Single(results, r => r.won);
            await using var read = store.Scope();
            var taken = await read.ServiceProvider.GetRequiredService<IHandoffStore>().FindAsync(request.Id, Ct);
            Assert.Equal((HandoffStatus.Active, winner.agent), (taken!.Status, taken.AgentId!.Value));
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_request_ends_once_and_an_ended_one_can_no_longer_be_taken_or_passed_on(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine);
        var request = await AddAsync(store);
        await using var scope = store.Scope();
        var handoffs = scope.ServiceProvider.GetRequiredService<IHandoffStore>();
        var agent = Guid.NewGuid();

        Assert.True(await handoffs.TryTakeAsync(request.Id, agent, "msteams", "a:1", At, Ct));
        Assert.False(await handoffs.TryTransferAsync(request.Id, Guid.NewGuid(), Guid.NewGuid(), null, null, At, Ct)); // not his to pass on
        Assert.Equal(request.Id, (await handoffs.FindInConversationAsync(agent, "msteams", "a:1", Ct)).Held!.Id);
        Assert.Equal(request.Id, (await handoffs.FindInConversationAsync(request.RequesterId, "directline", request.ConversationId, Ct)).Open!.Id);
        Assert.Equal(new ConversationHandoffs(null, null), await handoffs.FindInConversationAsync(agent, "msteams", "a:2", Ct));
        Assert.True(await handoffs.TryEndAsync(request.Id, HandoffEnd.AgentSilent, At.AddMinutes(20), Ct));
        Assert.False(await handoffs.TryEndAsync(request.Id, HandoffEnd.ByAgent, At.AddMinutes(21), Ct));
        Assert.False(await handoffs.TryTakeAsync(request.Id, Guid.NewGuid(), null, null, At, Ct));
        Assert.Null(await handoffs.FindOpenAsync("directline", request.ConversationId, Ct));
        var ended = await handoffs.FindAsync(request.Id, Ct);
        Assert.Equal((HandoffStatus.Ended, HandoffEnd.AgentSilent), (ended!.Status, ended.EndReason));
        Assert.Equal([TimeSpan.Zero], await handoffs.RecentWaitsAsync(request.AgencyId, 5, Ct));
    }

    private static async Task<HandoffRequest> AddAsync(TestStore store)
    {
        var request = new HandoffRequest
        {
            JurisdictionCode = "can-tho", AgencyId = Guid.NewGuid(), RequesterId = Guid.NewGuid(), ChannelId = "directline",
            ConversationId = $"conv-{Guid.NewGuid():N}", Reason = HandoffReason.Asked, RequestedAt = At,
            Context = new HandoffContext { RequesterName = "Huỳnh Văn Phúc", UnitName = "Sở Tài chính" }.Write(),
        };
        await using var scope = store.Scope();
        await scope.ServiceProvider.GetRequiredService<IHandoffStore>().AddAsync(request, [], Ct);
        return request;
    }
}
