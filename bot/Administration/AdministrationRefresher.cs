using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Operations;

namespace InternalTthc.Bot.Administration;

/// <summary>
/// Takes what an administrator changed elsewhere — on another instance or with a host verb — every Service:HeartbeatInterval:
/// the stored days off and make-up days, and a catalog reload stamped in the store.
/// </summary>
public sealed class AdministrationRefresher(
    IServiceScopeFactory scopes, ServiceOptions options, ServiceRhythm rhythm, FirstRounds firstRounds, ILogger<AdministrationRefresher> logger)
    : BackgroundService
{
    private string? _catalogStamp;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The catalog this instance started with is the current one: only a later reload counts.
        _catalogStamp = await ReadStampAsync(stoppingToken);
        // The store initializer took the stored days at start: the first refresh can wait for the first turns.
        if (!await firstRounds.WaitAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not take the stored calendar days or the catalog stamp; the next round tries again.");
            }

            try
            {
                await rhythm.WaitAsync(options.HeartbeatInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>One round: the calendar days, then the catalog when another instance or the verb reloaded it.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CalendarDays>().RefreshAsync(cancellationToken);
        var stamp = await scope.ServiceProvider.GetRequiredService<IServiceSettings>().GetAsync(CatalogReload.StampKey, cancellationToken);
        if (stamp != _catalogStamp)
        {
            await scope.ServiceProvider.GetRequiredService<CatalogReload>().LoadAsync(cancellationToken);
            _catalogStamp = stamp;
        }
    }

    private async Task<string?> ReadStampAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IServiceSettings>().GetAsync(CatalogReload.StampKey, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not read the catalog stamp at start.");
            return null;
        }
    }
}
