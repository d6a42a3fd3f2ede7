using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InternalTthc.Core.Store;

/// <summary>
/// Reads every turn makes, on SQLite, as statements compiled once per connection and run again (issue 14). Through EF each
/// run was a new command that SQLite compiled anew (over half of a turn's largest read), on a connection taken from the
/// pool under its lock. Here a few connections stay open, each with its prepared statements; a turn takes one for a
/// statement and gives it back. Reads only: every statement is its own read transaction, so it sees every commit before it,
/// of this instance or another — nothing is cached across turns. Writes go through <see cref="GroupCommit"/> (on a file, <see cref="PreparedWrites"/>).
/// </summary>
internal sealed partial class PreparedReads(StoreOptions options, ILoggerFactory? loggers = null) : IDisposable
{
    // A host logs these (at Debug, like EF's commands); a bare store (the verbs' tests) has no logging.
    private readonly ILogger _logger = (ILogger?)loggers?.CreateLogger<PreparedReads>() ?? NullLogger.Instance;
    /// <summary>Idle connections kept; more are opened under a burst and closed when given back.</summary>
    private const int Kept = 16;

    // Lock-free: ConcurrentBag's Count takes every lock of the bag, and the SQLite pool's lock is what this avoids.
    private readonly ConcurrentStack<PreparedConnection> _idle = new();
    private int _idleCount;
    private bool _disposed;

    /// <summary>Whether the store is a SQLite file (an in-memory database is one per connection: EF keeps those reads).</summary>
    public bool Applies { get; } = options.Provider == StoreProvider.Sqlite && PreparedStatement.IsFile(options.ConnectionString);

    /// <summary>Runs <paramref name="sql"/> with <paramref name="values"/> bound to $p0, $p1… in order, and reads its rows.</summary>
    /// <remarks>Synchronous on purpose: Microsoft.Data.Sqlite's async methods run synchronously anyway, and a turn's short
    /// read of a local file would only pay for the state machine.</remarks>
    public T Read<T>(string sql, ReadOnlySpan<object?> values, Func<SqliteDataReader, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = _idle.TryPop(out var idle) ? idle : PreparedConnection.Open(options);
        if (idle is not null)
        {
            Interlocked.Decrement(ref _idleCount);
        }

        var kept = false;
        try
        {
            var command = connection.Prepared(sql, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            LogRead(sql);
            T result;
            using (var reader = command.ExecuteReader())
            {
                result = read(reader);
            }

            kept = true;
            return result;
        }
        finally
        {
            GiveBack(connection, kept);
        }
    }

    private void GiveBack(PreparedConnection connection, bool kept)
    {
        // A connection that failed mid-statement is not trusted again.
        if (kept && !_disposed)
        {
            if (Interlocked.Increment(ref _idleCount) <= Kept)
            {
                _idle.Push(connection);
                return;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        connection.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection))
        {
            connection.Dispose();
        }
    }

    // Named like EF's command log, so a test or an administrator sees these statements among EF's.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Executed prepared {Sql}")]
    private partial void LogRead(string sql);

    private sealed class PreparedConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        private PreparedConnection(SqliteConnection connection) => _connection = connection;

        public static PreparedConnection Open(StoreOptions options)
        {
            var connection = new SqliteConnection(options.ConnectionString);
            try
            {
                connection.Open();
                using var busy = connection.CreateCommand();
                // As EF's connections (SqliteTuning): a read meeting a checkpoint waits inside SQLite.
                busy.CommandText = SqliteTuning.BusyTimeout(options);
                busy.ExecuteNonQuery();
                return new PreparedConnection(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public SqliteCommand Prepared(string sql, int parameters)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = PreparedStatement.Create(_connection, sql, parameters);
                _commands[sql] = command;
            }

            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _connection.Dispose();
        }
    }
}
