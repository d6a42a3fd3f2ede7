using System.Globalization;
using Microsoft.Data.Sqlite;

namespace InternalTthc.Core.Store;

/// <summary>A SQLite statement compiled once on a connection the service keeps, its values bound by position to $p0, $p1….</summary>
internal static class PreparedStatement
{
    /// <summary>Whether the connection string names a file: an in-memory database is one per connection, so none is kept.</summary>
    public static bool IsFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode != SqliteOpenMode.Memory && builder.DataSource is { Length: > 0 } file && file != ":memory:";
    }

    /// <summary>A key as EF stores it on SQLite: the uppercase text form.</summary>
    public static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();

    public static string Parameter(int index) => string.Create(CultureInfo.InvariantCulture, $"$p{index}");

    public static SqliteCommand Create(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter(Parameter(i), DBNull.Value));
        }

        command.Prepare();
        return command;
    }
}
