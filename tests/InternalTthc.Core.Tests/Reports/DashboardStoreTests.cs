using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Reports;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Reports;

/// <summary>The dashboard's grouped counts, run by each engine on cases moved through a week (deadline: Thursday 17:00).</summary>
public sealed class DashboardStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Every_figure_is_grouped_by_the_store_for_the_scope_and_period(StoreProvider engine)
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Vietnam));
        await using var store = await TestStore.CreateAsync(engine, configure: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddCases();
        });
        await using (var scope = store.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().ImportAsync(TestDirectory.Create(TestCatalog.Create()), Ct);
        }

        var focal = await PersonAsync(store, "focal");
        var agent = await PersonAsync(store, "agent");
        var cases = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var draft = await ActAsync(store, s => s.OpenDraftAsync(focal, "tst-focal", null, FormAnswers.Empty, Ct));
            cases.Add((await ActAsync(store, s => s.SubmitAsync(draft.Id, focal, Ct))).Id);
        }

        clock.Advance(TimeSpan.FromMinutes(10));
        foreach (var id in cases) await ActAsync(store, s => s.ReceiveAsync(id, agent, Ct));
        var result = new CaseResult("1/TT", new DateOnly(2026, 3, 2), "Xong", []);
        clock.Advance(TimeSpan.FromMinutes(50));
        await ActAsync(store, s => s.ResolveAsync(cases[0], agent, result, Ct)); // Monday: early
        await ActAsync(store, s => s.RateAsync(cases[0], focal, 4, null, Ct));
        clock.Advance(new DateTimeOffset(2026, 3, 5, 16, 0, 0, Vietnam) - clock.GetUtcNow());
        await ActAsync(store, s => s.ResolveAsync(cases[1], agent, result, Ct)); // Thursday 16:00: on time
        clock.Advance(new DateTimeOffset(2026, 3, 6, 9, 0, 0, Vietnam) - clock.GetUtcNow());
        await ActAsync(store, s => s.ResolveAsync(cases[2], agent, result, Ct)); // Friday: late; the fourth stays open, overdue

        await using var read = store.Scope();
        var dashboard = read.ServiceProvider.GetRequiredService<IDashboardStore>();
        var center = (await read.ServiceProvider.GetRequiredService<IDirectoryStore>().FindUnitByCodeAsync("tst-center", Ct))!.Id;
        var march = new DashboardFilter(new DashboardScope(TestCatalog.Jurisdiction, []), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        Assert.Equal(new Dictionary<CaseStatus, int> { [CaseStatus.Resolved] = 3, [CaseStatus.Received] = 1 }, await dashboard.CountByStatusAsync(march, Ct));
        var finished = await dashboard.FinishedAsync(march, Ct);
        Assert.Equal([(CaseTimeliness.Early, 1, 50L), (CaseTimeliness.OnTime, 1, 380L + (2 * 480) + 420), (CaseTimeliness.Late, 1, 380L + (3 * 480) + 90)],
            finished.OrderBy(g => g.Timeliness).Select(g => (g.Timeliness!.Value, g.Count, g.HandlingMinutes)));
        Assert.All(finished, g => Assert.Equal((center, "tst-focal", 2026, 3, 1), (g.ExecutingUnitId, g.ProcedureCode, g.Year, g.Month, g.Timed)));
        Assert.Equal(new Dictionary<int, int> { [4] = 1 }, await dashboard.RatingsAsync(march, Ct));
        var (total, first) = await dashboard.OverdueAsync(march, clock.GetUtcNow(), 10, Ct);
        Assert.Equal(1, total);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 17, 0, 0, Vietnam), Assert.Single(first).Due);

        // Another agency's scope, another period, another procedure: nothing.
        Assert.Empty(await dashboard.CountByStatusAsync(march with { Scope = new DashboardScope(TestCatalog.Jurisdiction, [Guid.NewGuid()]) }, Ct));
        Assert.Empty(await dashboard.FinishedAsync(march with { From = new DateOnly(2026, 4, 1), To = new DateOnly(2026, 4, 30) }, Ct));
        Assert.Empty(await dashboard.RatingsAsync(march with { ProcedureCode = "tst-staff" }, Ct));
        Assert.Equal(3, (await dashboard.FinishedAsync(march with { Scope = new DashboardScope(TestCatalog.Jurisdiction, [center]), UnitId = center }, Ct)).Sum(g => g.Count));
    }

    private static async Task<Guid> PersonAsync(TestStore store, string login)
    {
        await using var scope = store.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().FindPersonByLoginAsync(login, Ct))!.Id;
    }

    private static async Task<Case> ActAsync(TestStore store, Func<CaseService, Task<Case>> act)
    {
        await using var scope = store.Scope();
        return await act(scope.ServiceProvider.GetRequiredService<CaseService>());
    }
}
