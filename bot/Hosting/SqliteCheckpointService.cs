using InternalTthc.Core.Store;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// Makes SQLite's checkpoints every Store:SqliteCheckpointInterval while the service runs, so that no commit of a turn
/// waits for one (<see cref="SqliteCheckpoints"/>). It takes them over as the host starts, before the port opens.
/// </summary>
public sealed class SqliteCheckpointService(SqliteCheckpoints checkpoints, StoreOptions store, ServiceRhythm rhythm, ILogger<SqliteCheckpointService> logger)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Here, not in ExecuteAsync, which runs on its own thread: taken over before the port opens.
        checkpoints.TakeOver();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await rhythm.WaitAsync(store.SqliteCheckpointInterval, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var done = await checkpoints.RunAsync(stoppingToken);
            if (done.Restarted)
            {
                logger.LogInformation("SQLite's WAL reached {Pages} pages under load and was restarted.", done.WalPages);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The file may be locked by a verb for longer than the busy timeout; the next round tries again.
            logger.LogWarning(e, "A checkpoint of the SQLite store failed.");
        }
    }
}
