using System.Text.Json;
using InternalTthc.Core.Store;
using Npgsql;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>Listens on PostgreSQL for hand-off signals of every instance and passes them to this instance's consoles.</summary>
public sealed class PostgresSignalListener(StoreOptions store, ConsoleBroadcaster consoles, TimeProvider clock, ILogger<PostgresSignalListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Listening for hand-off signals stopped; listening again.");
                await Task.Delay(Reconnect, TimeProvider.System, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync(ct);
        connection.Notification += (_, e) =>
        {
            if (JsonSerializer.Deserialize<HandoffSignal>(e.Payload) is { } signal)
            {
                _ = consoles.DeliverAsync(signal, CancellationToken.None);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {HandoffSignalBus.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        logger.LogInformation("Listening for hand-off signals at {At}.", clock.GetUtcNow());
        while (!ct.IsCancellationRequested)
        {
            await connection.WaitAsync(ct);
        }
    }
}
