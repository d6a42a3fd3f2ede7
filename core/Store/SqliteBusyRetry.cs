using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace InternalTthc.Core.Store;

/// <summary>
/// SQLite's execution strategy: a unit of work that found the file locked by another writer for longer than the busy
/// timeout (another instance, a host verb, a checkpoint) is run again from its start instead of failing the request.
/// </summary>
internal sealed class SqliteBusyRetry(ExecutionStrategyDependencies dependencies, StoreOptions options)
    : ExecutionStrategy(dependencies, options.MaxRetries, options.MaxRetryDelay)
{
    private const int Busy = 5;   // SQLITE_BUSY: another connection holds the write lock
    private const int Locked = 6; // SQLITE_LOCKED: a conflict inside this process's shared cache

    protected override bool ShouldRetryOn(Exception exception) => IsBusy(exception);

    /// <summary>Whether the file was held by another writer past the timeout: worth running the unit of work again.</summary>
    public static bool IsBusy(Exception exception) => exception is SqliteException { SqliteErrorCode: Busy or Locked };

    // The lock is usually free within milliseconds: wait briefly first, growing up to MaxRetryDelay.
    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var next = base.GetNextDelay(lastException);
        return next is { } delay ? TimeSpan.FromTicks(delay.Ticks / 10) : null;
    }
}
