using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>
/// The turn's hold, taken lazily: nothing is opened when the hold starts, since a greeting's reads and writes go through
/// the prepared reads and the group commit, not this context. The first EF command opens the pooled connection as usual
/// and <see cref="ConnectionHoldInterceptor"/> keeps it open past the command; the release gives it back.
/// </summary>
internal sealed class EfConnectionHold(TthcDbContext db, StoreOptions options) : IConnectionHold
{
    public Task<IAsyncDisposable> HoldAsync(CancellationToken cancellationToken)
    {
        // The configured engine: asking the context (Database.IsSqlite) resolves its provider service on every turn.
        if (options.Provider != StoreProvider.Sqlite)
        {
            return Task.FromResult<IAsyncDisposable>(Released.None);
        }

        db.HoldsConnection = true;
        return Task.FromResult<IAsyncDisposable>(new Released(db));
    }

    private sealed class Released(TthcDbContext? db) : IAsyncDisposable
    {
        public static readonly Released None = new(null);

        public async ValueTask DisposeAsync()
        {
            if (db is null)
            {
                return;
            }

            db.HoldsConnection = false;
            if (db.KeptConnection)
            {
                // EF gave the connection up (its close was only suppressed), so it is closed here, back to the pool.
                db.KeptConnection = false;
                await db.Database.GetDbConnection().CloseAsync();
            }
        }
    }
}
