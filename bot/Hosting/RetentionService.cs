using InternalTthc.Core.Conversations;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Hosting;

/// <summary>Runs the retention purge once the service has started (<see cref="FirstRounds"/>) and then every Retention:Interval.</summary>
public sealed class RetentionService(
    IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, FirstRounds firstRounds, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await firstRounds.WaitAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<IRetentionPurge>().PurgeAsync(options.Value.Before(clock.GetUtcNow()), stoppingToken);
                logger.LogInformation("Retention purge: {Forms} forms, {Entries} Direct Line entries, {Records} ledger records.",
                    report.Forms, report.DirectLineEntries, report.LedgerRecords);
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store may be down for a moment; the next round tries again.
                logger.LogError(e, "The retention purge failed.");
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
        }
    }
}
