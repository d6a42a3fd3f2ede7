using Microsoft.Data.Sqlite;

namespace InternalTthc.Bot.Operations.Backup;

/// <summary>
/// SQLite's online backup API: a consistent copy page by page while the service goes on writing (WAL), and the same
/// API the other way to put a copy back into the live file.
/// </summary>
public static class SqliteCopy
{
    public static void Backup(string connectionString, string targetFile)
    {
        using var source = new SqliteConnection(connectionString);
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetFile, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    public static void Restore(string sourceFile, string connectionString)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sourceFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var target = new SqliteConnection(connectionString);
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        // Connections pooled before the restore hold the old schema's statements: they go.
        SqliteConnection.ClearAllPools();
    }
}
