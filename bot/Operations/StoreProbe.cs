using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Bot.Operations;

/// <summary>Asks the store whether it answers and which migrations it lacks, within a short time so a probe never hangs.</summary>
public sealed class StoreProbe(TthcDbContext db, StoreOptions options, ILogger<StoreProbe> logger)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public async Task<StoreHealth> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            if (!await db.Database.CanConnectAsync(timeout.Token))
            {
                return new StoreHealth(false, []);
            }

            return new StoreHealth(true, await PendingMigrations.ListAsync(db, options, timeout.Token));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever the engine says goes to the log; the probe's caller learns only that the store did not answer.
            logger.LogWarning(e, "The store did not answer the health check.");
            return new StoreHealth(false, []);
        }
    }
}
