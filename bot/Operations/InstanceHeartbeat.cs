using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Operations;

namespace InternalTthc.Bot.Operations;

/// <summary>Tells the store this instance is running, every Service:HeartbeatInterval, and that it stopped when it stops.</summary>
public sealed class InstanceHeartbeat(IServiceScopeFactory scopes, ServiceOptions options, TimeProvider clock, ServiceRhythm rhythm, ILogger<InstanceHeartbeat> logger)
    : BackgroundService
{
    private readonly DateTimeOffset _startedAt = clock.GetUtcNow();

    /// <summary>The first beat before the service counts as started: from then on a restore sees it running.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await BeatAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await rhythm.WaitAsync(options.HeartbeatInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            await BeatAsync(stoppingToken);
        }
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IServiceInstances>().BeatAsync(new ServiceInstance
            {
                Id = InstanceIdentity.Id, Host = InstanceIdentity.Host, ProcessId = Environment.ProcessId, StartedAt = _startedAt,
                LastSeenAt = clock.GetUtcNow(),
            }, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "This instance could not record its heartbeat in the store.");
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IServiceInstances>().RemoveAsync(InstanceIdentity.Id, cancellationToken);
        }
        catch (Exception e)
        {
            // Stopping goes on; a restore then waits for the heartbeat to age instead.
            logger.LogWarning(e, "This instance could not remove itself from the running instances.");
        }
    }
}
