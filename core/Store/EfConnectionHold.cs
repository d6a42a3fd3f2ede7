using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfConnectionHold(TthcDbContext db) : IConnectionHold
{
    public async Task<IAsyncDisposable> HoldAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return Released.None;
        }

        // EF counts opens: its own open and close around each command leave this one open until it is released.
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new Released(db);
    }

    private sealed class Released(TthcDbContext? db) : IAsyncDisposable
    {
        public static readonly Released None = new(null);

        public async ValueTask DisposeAsync()
        {
            if (db is not null)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
