namespace InternalTthc.Core.Store;

/// <summary>
/// Keeps the store's connection open for a stretch of work (a turn), so its commands share one connection. On SQLite,
/// otherwise, every command takes a pooled connection and gives it back, each time under the pool's lock, which concurrent
/// turns queue on. On PostgreSQL nothing is held: a connection kept through a turn's outgoing reply would tie up the pool.
/// </summary>
public interface IConnectionHold
{
    /// <summary>Opens the connection, if this engine gains by it, until the returned handle is disposed.</summary>
    Task<IAsyncDisposable> HoldAsync(CancellationToken cancellationToken);
}
