using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>
/// One unit of work in one transaction, run through the engine's execution strategy: on PostgreSQL a transient failure
/// (a server restart) runs the whole unit again on a fresh connection, which EF allows for user transactions only this way.
/// A unit started inside another joins it. Before a retry, rows the failed attempt added are forgotten (its SaveChanges may
/// have queued more, like the case events' outbox rows), and changes are accepted only after commit, so a retry saves
/// them again.
/// </summary>
internal static class StoreTransactions
{
    /// <summary>
    /// One raw statement through the engine's execution strategy, which EF does not use for raw SQL by itself: a statement
    /// that found the SQLite file locked past the busy timeout, or lost its PostgreSQL connection, runs again instead of
    /// failing the turn. For statements whose second run is harmless (the ON CONFLICT inserts); inside a transaction it joins it.
    /// </summary>
    public static async Task<int> ExecuteRetriedAsync(this TthcDbContext db, FormattableString sql, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is not null
            ? await db.Database.ExecuteSqlInterpolatedAsync(sql, cancellationToken)
            : await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => db.Database.ExecuteSqlInterpolatedAsync(sql, ct), cancellationToken);

    public static async Task InTransactionAsync(this TthcDbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(async ct =>
        {
            await work(ct);
            return true;
        }, cancellationToken);

    public static async Task<T> InTransactionAsync<T>(this TthcDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        var before = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        var attempt = 0;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            if (attempt++ > 0)
            {
                foreach (var added in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && !before.Contains(e.Entity)).ToList())
                {
                    added.State = EntityState.Detached;
                }
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.AcceptAllChanges();
            return result;
        }, cancellationToken);
    }
}
