using InternalTthc.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// Store:ConnectionString (and the checkpoint interval) at start, before anything opens it: a key the engine does not know stopped the start with the
/// driver's stack trace, and PostgreSQL's multiplexing started and then stopped the service (the hand-off listener's wait
/// is refused in that mode, and a turn's batches send their own BEGIN and COMMIT, which need a connection of their own).
/// </summary>
public static class StoreSettingsRule
{
    public static void Check(StoreOptions store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var failure = Failure(store);
        if (failure is not null)
        {
            throw new OptionsValidationException(StoreOptions.Section, typeof(StoreOptions), [failure]);
        }
    }

    private static string? Failure(StoreOptions store)
    {
        if (store.SqliteCheckpointInterval < TimeSpan.Zero || store.SqliteCheckpointInterval > TimeSpan.FromHours(1))
        {
            return $"Store:SqliteCheckpointInterval must be between 00:00:00 (SQLite's own checkpoints, inside commits) and 01:00:00; it is {store.SqliteCheckpointInterval}.";
        }

        try
        {
            if (store.Provider == StoreProvider.PostgreSql)
            {
                return new NpgsqlConnectionStringBuilder(store.ConnectionString).Multiplexing
                    ? "Store:ConnectionString must not turn Multiplexing on: the service needs a connection of its own for a transaction's batch and for the hand-off listener."
                    : null;
            }

            _ = new SqliteConnectionStringBuilder(store.ConnectionString);
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"Store:ConnectionString is not a valid {store.Provider} connection string: {ex.Message}";
        }
    }
}
