namespace InternalTthc.Core.Store;

/// <summary>Which database holds the data. Bound from the "Store" configuration section.</summary>
public sealed record StoreOptions
{
    public const string Section = "Store";

    /// <summary>"Sqlite" (default: one file, no set-up) or "PostgreSql" (several instances).</summary>
    public StoreProvider Provider { get; init; } = StoreProvider.Sqlite;

    public string ConnectionString { get; init; } = "Data Source=data/internaltthc.db";

    /// <summary>
    /// How often a unit of work that met a transient failure is tried again: on PostgreSQL a server restart (on a fresh
    /// connection), on SQLite a file another writer kept locked beyond <see cref="SqliteBusyTimeout"/>.
    /// </summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>The longest wait between two tries (the waits grow up to it; on SQLite they start at a tenth).</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// SQLite: how a commit reaches the disk. Normal (default, fit for WAL): no flush per commit, the WAL is flushed at
    /// checkpoints; a process crash loses nothing, a power cut may lose the last commits. Full: a flush per commit.
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; init; } = SqliteSynchronous.Normal;

    /// <summary>
    /// PostgreSQL: whether the turns' group-committed writes (redelivery ledger, conversation state, an account's last
    /// sight) wait for the WAL's flush. False (default): their transaction sets <c>synchronous_commit = off</c>, as SQLite's
    /// NORMAL — a crash of the server may lose the last moments' turn writes, which the channel redelivers (the ledger
    /// forgot them too), never a case: a case's transaction keeps the server's setting, and its flush carries every
    /// earlier write of the WAL with it. True: every batch waits for its flush.
    /// </summary>
    public bool PostgresSynchronousTurnCommit { get; init; }

    /// <summary>
    /// SQLite: how often the running service copies the WAL's commits into the database file (a checkpoint), on a
    /// connection of its own (see <see cref="SqliteCheckpoints"/>); with NORMAL also how old the newest commits a power cut
    /// may lose can be. Zero leaves the checkpoints to SQLite, inside the commit that fills the WAL.
    /// </summary>
    public TimeSpan SqliteCheckpointInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>SQLite: how long a writer waits inside SQLite for another instance's (or a verb's) write before the unit of work is retried.</summary>
    public TimeSpan SqliteBusyTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
