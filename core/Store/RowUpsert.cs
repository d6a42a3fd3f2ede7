using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>Saving a row found by its natural key: the stored one updated, or the new one added.</summary>
internal static class RowUpsert
{
    /// <summary>
    /// The row now stored (the updated one or <paramref name="row"/>); null when another instance added the same key
    /// at the same moment, whose row then serves as well as ours would.
    /// </summary>
    public static async Task<T?> UpsertAsync<T>(
        this TthcDbContext db, Expression<Func<T, bool>> sameKey, T row, Action<T> update, CancellationToken cancellationToken)
        where T : class
    {
        var stored = await db.Set<T>().FirstOrDefaultAsync(sameKey, cancellationToken);
        if (stored is null)
        {
            db.Set<T>().Add(row);
        }
        else
        {
            update(stored);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (stored is null)
        {
            db.ChangeTracker.Clear();
            return null;
        }

        return stored ?? row;
    }
}
