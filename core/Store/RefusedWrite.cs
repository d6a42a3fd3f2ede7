using Microsoft.Data.Sqlite;
using Npgsql;

namespace InternalTthc.Core.Store;

/// <summary>A write the store refused for its data (a constraint), which fails alone in a group commit: not a failure of the batch.</summary>
internal static class RefusedWrite
{
    private const int SqliteConstraint = 19;

    public static bool Is(Exception exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode == SqliteConstraint,
        PostgresException e => e.SqlState.StartsWith("23", StringComparison.Ordinal), // class 23: integrity constraint violation
        _ => false,
    };
}
