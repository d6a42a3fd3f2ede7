using InternalTthc.Core.Cases;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// Pages of the agent's queue, of its overdue cases and of a unit's open cases, filtered and ordered by the store, on both
/// engines, over cases the benchmark's seeder wrote (so its SQL is checked too). Expected figures follow the seeder's rules.
/// </summary>
public sealed class CasePagingTests
{
    private const int Count = 10_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<int> Seeded => Enumerable.Range(1, Count);

    private static bool Open(int i) => i % 10 >= 7;

    private static bool Overdue(int i) => (i % 10 == 7 && Count - i > 8 * 60) || (i % 10 >= 8 && Count - i > 3 * 24 * 60);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task The_queue_pages_most_urgent_first_with_its_count_and_the_overdue_filter_runs_in_the_store(StoreProvider engine)
    {
        await using var store = await SeededAsync(engine);
        await using var scope = store.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
        var queue = new QueueQuery(CaseSeeder.ExecutingUnitId(0));

        var first = await cases.PageQueueAsync(queue, Ct);
        var second = await cases.PageQueueAsync(queue with { Skip = 20 }, Ct);
        var inQueue = Seeded.Where(i => i % 21 == 0 && Open(i)).ToList();
        Assert.Equal(inQueue.Count, first.Total);
        Assert.Equal(20, first.Cases.Count);
        Assert.True(first.HasMore(0));
        Assert.Empty(first.Cases.Select(c => c.Id).Intersect(second.Cases.Select(c => c.Id)));
        // Urgent ones first, then the earliest running due.
        var expected = inQueue.OrderByDescending(i => i % 50 == 0).ThenBy(i => i + (i % 10 == 7 ? 8 * 60 : 3 * 24 * 60)).Take(40).Select(i => $"SEED-{i}");
        Assert.Equal(expected, first.Cases.Concat(second.Cases).Select(c => c.Code));

        var overdue = await cases.PageQueueAsync(queue with { OverdueAt = CaseSeeder.Now, Take = 1_000 }, Ct);
        Assert.Equal(inQueue.Count(Overdue), overdue.Total);
        Assert.All(overdue.Cases, c => Assert.True(c.RunningDue < CaseSeeder.Now));
        Assert.False(overdue.HasMore(0));
        Assert.Equal(0, (await cases.PageQueueAsync(queue with { OverdueAt = CaseSeeder.Now.AddYears(-1) }, Ct)).Total);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_units_open_cases_page_newest_first_with_their_count_and_a_requester_sees_only_theirs(StoreProvider engine)
    {
        await using var store = await SeededAsync(engine);
        await using var scope = store.Scope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
        var open = Seeded.Where(i => i % 999 == 0 && Open(i)).OrderDescending().Select(i => $"SEED-{i}").ToList();

        var first = await cases.PageOpenForUnitAsync(CaseSeeder.UnitId(0), null, 0, 2, Ct);
        var rest = await cases.PageOpenForUnitAsync(CaseSeeder.UnitId(0), null, 2, 20, Ct);
        Assert.Equal(open.Count, first.Total);
        Assert.True(first.HasMore(0));
        Assert.False(rest.HasMore(2));
        Assert.Equal(open, first.Cases.Concat(rest.Cases).Select(c => c.Code));

        var own = await cases.PageOpenForUnitAsync(CaseSeeder.UnitId(0), CaseSeeder.RequesterId(999), 0, 20, Ct);
        Assert.Equal(["SEED-999"], own.Cases.Select(c => c.Code));
        Assert.Equal(1, own.Total);
    }

    [Fact]
    public async Task The_seeder_writes_only_into_an_empty_store()
    {
        await using var store = await SeededAsync(StoreProvider.Sqlite);
        await using var scope = store.Scope();
        Assert.False(await new CaseSeeder(scope.ServiceProvider.GetRequiredService<TthcDbContext>()).IsEmptyAsync(Ct));
    }

    private static async Task<TestStore> SeededAsync(StoreProvider engine)
    {
        var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        await new CaseSeeder(scope.ServiceProvider.GetRequiredService<TthcDbContext>()).SeedAsync(Count, _ => { }, Ct);
        return store;
    }
}
