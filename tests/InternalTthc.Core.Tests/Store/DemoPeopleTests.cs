using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>The Development sign-in picker lists the active demo people only, on both engines.</summary>
public sealed class DemoPeopleTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Only_active_demo_people_are_listed_by_login(StoreProvider engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(engine);
        await using var scope = store.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        var real = TestDirectory.Create(TestCatalog.Create());
        await directory.ImportAsync(real, ct);
        await directory.ImportAsync(new DirectoryImport
        {
            People = [Demo("demo.b"), Demo("demo.a"), Demo("demo.nghi")],
            IsDemo = true,
        }, ct);
        // Tracked by the scope's context, so saving it marks the person inactive.
        var resting = await directory.FindPersonByLoginAsync("demo.nghi", ct);
        resting!.Active = false;
        await scope.ServiceProvider.GetRequiredService<TthcDbContext>().SaveChangesAsync(ct);

        var listed = await directory.ListDemoPeopleAsync(ct);

        Assert.Equal(["demo.a", "demo.b"], listed.Select(p => p.Login));
    }

    private static ImportedPerson Demo(string login) => new()
    {
        Login = login, FullName = $"Người demo {login}", UnitCode = TestDirectory.RequestingUnit, Roles = [],
    };
}
