using System.Text.Json;
using InternalTthc.Core.Store;
using Npgsql;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// Carries hand-off signals to every instance's consoles: on PostgreSQL by <c>NOTIFY</c> (each instance, this one too,
/// hears it through <see cref="PostgresSignalListener"/>); on SQLite, one instance by design, straight to this one's consoles.
/// </summary>
public sealed class HandoffSignalBus(StoreOptions store, ConsoleBroadcaster consoles, ILogger<HandoffSignalBus> logger) : IHandoffSignals
{
    public const string Channel = "tthc_handoff";

    public async Task PublishAsync(HandoffSignal signal, CancellationToken ct)
    {
        if (store.Provider != StoreProvider.PostgreSql)
        {
            await consoles.DeliverAsync(signal, ct);
            return;
        }

        try
        {
            await using var connection = new NpgsqlConnection(store.ConnectionString);
            await connection.OpenAsync(ct);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", JsonSerializer.Serialize(signal));
            await notify.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException e)
        {
            // The consoles also read again when they reconnect; a lost signal only delays a row.
            logger.LogWarning(e, "A hand-off signal could not be sent; consoles catch up when they reconnect.");
        }
    }
}
