namespace InternalTthc.Core.Conversations;

/// <summary>Forgets what the service keeps only for a while: unfinished forms, the Direct Line log, the redelivery ledger.</summary>
public interface IRetentionPurge
{
    Task<RetentionReport> PurgeAsync(RetentionCutoffs cutoffs, CancellationToken cancellationToken);
}
