using Npgsql;

namespace InternalTthc.Testing;

/// <summary>
/// A new database on the PostgreSQL server named by INTERNALTTHC_TEST_POSTGRES, dropped when disposed. Without that
/// variable the test is skipped with the reason, except under CI, where it must run.
/// </summary>
public sealed class ScratchPostgres : IAsyncDisposable
{
    public const string Variable = "INTERNALTTHC_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _name;

    private ScratchPostgres(string admin, string name)
    {
        _admin = admin;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ScratchPostgres> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            var reason = $"PostgreSQL half skipped: {Variable} is not set (a connection string to a role that may create databases; .ci/run starts a real server and sets it).";
            // The runner reports an exception carrying this token as a skip with its reason.
            throw new InvalidOperationException(Environment.GetEnvironmentVariable("CI") == "true"
                ? "Under CI the PostgreSQL tests must run: " + reason : "$XunitDynamicSkip$" + reason);
        }

        var name = $"tthc_test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        return new ScratchPostgres(admin, name);
    }

    /// <summary>
    /// Ends every client's server process on this database (as a server restart does to the connections of a pool); the
    /// server's own workers there (an autovacuum worker) are the superuser's and left alone.
    /// </summary>
    public async Task<long> TerminateConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{_name}' AND backend_type = 'client backend' AND pid <> pg_backend_pid()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled like the service's own connections; the pool of this one-off database is cleared before it is dropped.
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task<int> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
