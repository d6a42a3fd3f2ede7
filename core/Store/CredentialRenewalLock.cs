namespace InternalTthc.Core.Store;

/// <summary>
/// Lets one renewal of a channel credential run at a time in this process; the database lock keeps other instances
/// out (PostgreSQL), and SQLite serves a single instance anyway.
/// </summary>
internal sealed class CredentialRenewalLock
{
    public SemaphoreSlim Gate { get; } = new(1, 1);
}
