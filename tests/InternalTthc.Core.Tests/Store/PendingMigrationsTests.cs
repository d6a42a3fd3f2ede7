using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// A restart skips EF's migrator only when the history holds every migration of the build: an empty store or one that lacks
/// a migration is not found current, and the start applies what it lacks.
/// </summary>
public sealed class PendingMigrationsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task A_store_lacking_a_migration_is_not_current_and_the_start_applies_it(StoreProvider engine)
    {
        await using var store = await TestStore.CreateAsync(engine, migrate: false);
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var all = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();

        Assert.Equal(all, await PendingMigrations.ListAsync(db, store.Options, Ct));

        // Every migration but the last, as a store of the build before would be.
        await db.GetService<IMigrator>().MigrateAsync(all[^2], cancellationToken: Ct);
        Assert.Equal([all[^1]], await PendingMigrations.ListAsync(db, store.Options, Ct));
        Assert.Equal(await db.Database.GetPendingMigrationsAsync(Ct), await PendingMigrations.ListAsync(db, store.Options, Ct));

        await StoreServiceCollectionExtensions.MigrateAsync(db, store.Options, Ct);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Empty(await PendingMigrations.ListAsync(db, store.Options, Ct));

        // Found current: the start runs no migration again and the store stays as it is.
        await StoreServiceCollectionExtensions.MigrateAsync(db, store.Options, Ct);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync(Ct));
    }
}
