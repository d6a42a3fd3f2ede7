using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InternalTthc.Core.Store;

/// <summary>
/// <see cref="GroupCommit"/>'s batches of statement writes on a SQLite file, on one connection of the writer's own with each
/// statement compiled once (issue 14). Through EF a batch made a scope and a context, took a pooled connection, and built
/// and compiled every statement anew: about half of the batch's CPU. The transaction is the same (one <c>BEGIN
/// IMMEDIATE</c>, the statements, one commit at the configured synchronous level); a batch holding a durable write, or a
/// value whose binding EF makes differently, stays with EF.
/// </summary>
internal sealed partial class PreparedWrites(StoreOptions options, SqliteTuning tuning, ILoggerFactory? loggers = null) : IDisposable
{
    private readonly ILogger _logger = (ILogger?)loggers?.CreateLogger<PreparedWrites>() ?? NullLogger.Instance;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private bool _disposed;

    /// <summary>Whether the store is a SQLite file (an in-memory database is one per connection: EF keeps those writes).</summary>
    public bool Applies { get; } = options.Provider == StoreProvider.Sqlite && PreparedStatement.IsFile(options.ConnectionString);

    /// <summary>Whether <paramref name="batch"/> can run here: statements only, each value bound as EF binds it.</summary>
    public bool Takes(List<GroupCommitWrite> batch) =>
        Applies && batch.TrueForAll(w => w is { Durable: false, Statement: { } statement } && Array.TrueForAll(statement.GetArguments(), Bindable));

    /// <summary>
    /// Runs the batch's writes in one transaction and commits it; a write SQLite refused (a constraint) is undone alone and
    /// marked in <paramref name="failures"/>. False when the file stayed locked by another writer past the timeouts
    /// (SQLite's busy timeout, then Microsoft.Data.Sqlite's command timeout, as on EF's connections): nothing was kept, and
    /// the batch is for EF's execution strategy to run again (also once this is disposed).
    /// </summary>
    public bool TryCommit(List<GroupCommitWrite> batch, int[] results, Exception?[] failures)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return false; // the service is stopping: EF's path says so to the batch's callers
            }

            try
            {
                var connection = Open();
                using var transaction = connection.BeginTransaction();
                for (var i = 0; i < batch.Count; i++)
                {
                    try
                    {
                        results[i] = Run(connection, transaction, batch[i].Statement!);
                    }
                    catch (SqliteException e) when (RefusedWrite.Is(e))
                    {
                        failures[i] = e;
                    }
                }

                transaction.Commit();
            }
            catch (SqliteException e) when (SqliteBusyRetry.IsBusy(e))
            {
                Array.Clear(failures);
                return false;
            }
            catch
            {
                // A connection that failed mid-batch (I/O, a full disk) is not trusted again.
                Close();
                throw;
            }
        }

        // Outside the try: what is committed is never reported as failed.
        LogWrite("COMMIT");
        return true;
    }

    private int Run(SqliteConnection connection, SqliteTransaction transaction, FormattableString statement)
    {
        if (!_commands.TryGetValue(statement.Format, out var command))
        {
            var sql = string.Format(CultureInfo.InvariantCulture, statement.Format,
                [.. Enumerable.Range(0, statement.ArgumentCount).Select(i => (object)PreparedStatement.Parameter(i))]);
            command = PreparedStatement.Create(connection, sql, statement.ArgumentCount);
            _commands[statement.Format] = command;
        }

        command.Transaction = transaction;
        for (var i = 0; i < statement.ArgumentCount; i++)
        {
            command.Parameters[i].Value = statement.GetArgument(i) switch
            {
                null => DBNull.Value,
                Guid id => PreparedStatement.Text(id),
                var value => value,
            };
        }

        LogWrite(command.CommandText);
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// The values Microsoft.Data.Sqlite stores as EF's SQLite mappings do (a key as EF's uppercase text, converted in <see
    /// cref="Run"/>); a decimal or a moment with its offset, which EF formats its own way, keeps the batch with EF.
    /// </summary>
    private static bool Bindable(object? value) => value is null or string or int or long or bool or DateTime or Guid;

    private SqliteConnection Open()
    {
        if (_connection is null)
        {
            var connection = new SqliteConnection(options.ConnectionString);
            connection.Open();
            _connection = connection;
        }

        // Every batch: the checkpoints may have been taken over since (the settings are set once per change).
        tuning.Tune(_connection);
        return _connection;
    }

    private void Close()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection?.Dispose();
        _connection = null;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Close();
        }
    }

    // Named like PreparedReads' log, so a test or an administrator sees these statements among EF's.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Executed prepared {Sql}")]
    private partial void LogWrite(string sql);
}
