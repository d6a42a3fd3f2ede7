using InternalTthc.Core.Cases;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Cases;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// On PostgreSQL a filing never waits for another filing's transaction to get its case code: with the counter moved inside
/// the filing's transaction, 200 people filing at once on two instances queued on the counter row past the command
/// timeout (the long SIGKILL run). A number taken by a filing that rolls back stays unused, never given twice.
/// </summary>
public sealed class CaseCodeAllocationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_filing_gets_its_code_while_another_filings_transaction_is_still_open_and_no_code_is_given_twice()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.PostgreSql);
        var ids = await StoreContractTests.SeedAsync(store);
        var (first, second, third) = (StoreContractTests.Draft(ids), StoreContractTests.Draft(ids), StoreContractTests.Draft(ids));
        await using (var scope = store.Scope())
        {
            var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
            foreach (var c in new[] { first, second, third }) await cases.AddAsync(c, Ct);
        }

        var requester = new CaseActor(ids.Focal, CaseRole.Requester);
        await using var open = store.Scope();
        var db = open.ServiceProvider.GetRequiredService<TthcDbContext>();
        // A unit of work of the service's kind (inside the execution strategy) that files and is still open.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var held = await SubmitAsync(open, first.Id, requester);
            // Bounded: before the fix this waited on the counter row until the command timeout, then again on each retry.
            var meanwhile = await SubmitInOwnScopeAsync(store, second.Id, requester).WaitAsync(TimeSpan.FromMinutes(2), Ct);
            Assert.NotEqual(held.Code, meanwhile.Code);
            await transaction.RollbackAsync(Ct); // the first filing fails after taking its number
        });

        var last = await SubmitInOwnScopeAsync(store, third.Id, requester);
        Assert.Equal(("TST-2026-00002", "TST-2026-00003"), ((await FindAsync(store, second.Id)).Code, last.Code));
        Assert.Null((await FindAsync(store, first.Id)).Code);
    }

    private static async Task<Case> SubmitAsync(AsyncServiceScope scope, Guid id, CaseActor requester)
    {
        var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
        var c = (await cases.FindAsync(id, Ct))!;
        c.Submit(requester, CaseBuilder.Now, null);
        await cases.SaveAsync(c, Ct);
        return c;
    }

    private static async Task<Case> SubmitInOwnScopeAsync(TestStore store, Guid id, CaseActor requester)
    {
        await using var scope = store.Scope();
        return await SubmitAsync(scope, id, requester);
    }

    private static async Task<Case> FindAsync(TestStore store, Guid id)
    {
        await using var scope = store.Scope();
        return (await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Cases.AsNoTracking().FirstAsync(c => c.Id == id, Ct));
    }
}
