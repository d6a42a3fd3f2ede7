using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>Issue 17.10: any number of instances may start at once on an empty database; one migrates, the others wait and find it done.</summary>
public sealed class ConcurrentMigrationTests
{
    private const int Instances = 8;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Instances_migrating_an_empty_database_at_once_all_start(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine, migrate: false);
        // Each instance has its own services, so its own connections: as separate processes would.
        var instances = Enumerable.Range(0, Instances).Select(_ =>
        {
            var services = new ServiceCollection().AddStore(store.Options);
            return services.BuildServiceProvider();
        }).ToList();
        using var start = new SemaphoreSlim(0);

        var migrations = instances.Select(instance => Task.Run(async () =>
        {
            await start.WaitAsync(Ct);
            await using var scope = instance.CreateAsyncScope();
            await StoreServiceCollectionExtensions.MigrateAsync(scope.ServiceProvider.GetRequiredService<TthcDbContext>(), store.Options, Ct);
        }, Ct)).ToList();
        start.Release(Instances);
        var failures = new List<string>();
        foreach (var migration in migrations)
        {
            try
            {
                await migration;
            }
            catch (Exception e)
            {
                failures.Add(e.Message);
            }
        }

        Assert.Empty(failures);
        await using var check = store.Scope();
        var db = check.ServiceProvider.GetRequiredService<TthcDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(0, await db.ChatConversations.CountAsync(Ct));
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
    }
}
