using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Notifications;

/// <summary>Runs the outbox dispatcher in the background: at once when new rows are committed, else every poll interval.</summary>
public sealed class OutboxDispatcherService(
    OutboxDispatcher dispatcher, OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await dispatcher.RunOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The store may be down for a moment; the rows stay and the next round takes them.
                logger.LogError(e, "The outbox dispatcher could not lease or record rows.");
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
