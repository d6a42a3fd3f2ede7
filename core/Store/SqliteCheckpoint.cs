namespace InternalTthc.Core.Store;

/// <summary>What one checkpoint did: whether it met a writer or reader it could not pass, the WAL's pages and how many of them are now in the database file.</summary>
public sealed record SqliteCheckpoint(bool Busy, int WalPages, int CopiedPages, bool Restarted);
