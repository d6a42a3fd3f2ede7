using InternalTthc.Core.Store;

namespace InternalTthc.Bot.Operations.Backup;

/// <summary>What a backup file holds, written first in it: the engine, the moment, the last migration, the files.</summary>
public sealed record BackupManifest(string Format, StoreProvider Provider, DateTimeOffset CreatedAt, string? LastMigration, int Files)
{
    public const string CurrentFormat = "internaltthc-backup/1";
    public const string EntryName = "manifest.json";
    public const string FilesFolder = "files/";

    /// <summary>The database's entry: SQLite's own file, or PostgreSQL's custom-format dump.</summary>
    public static string DatabaseEntry(StoreProvider provider) => provider == StoreProvider.Sqlite ? "database.sqlite" : "database.pgdump";
}
