using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InternalTthc.Core.Store;

/// <summary>
/// The migrations this build has that the store lacks, read with two plain statements (is there a history table, which
/// ids it holds): a restart finds none and skips EF's migrator (on SQLite its lock table written and dropped, on both its
/// history repository's own model built), and the readiness probe asks the same. Whatever is pending still goes through
/// the migrator, under the advisory lock on PostgreSQL.
/// </summary>
public static class PendingMigrations
{
    private const string History = "__EFMigrationsHistory";

    public static async Task<IReadOnlyList<string>> ListAsync(TthcDbContext db, StoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var known = db.GetService<IMigrationsAssembly>().Migrations.Keys;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var exists = options.Provider == StoreProvider.PostgreSql
                ? $"SELECT to_regclass('\"{History}\"') IS NOT NULL"
                : $"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{History}')";
            if (!Convert.ToBoolean(await ScalarAsync(connection, exists, cancellationToken), System.Globalization.CultureInfo.InvariantCulture))
            {
                return [.. known];
            }

            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using var read = connection.CreateCommand();
            read.CommandText = $"SELECT \"MigrationId\" FROM \"{History}\"";
            await using var rows = await read.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                applied.Add(rows.GetString(0));
            }

            return [.. known.Where(id => !applied.Contains(id))];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
