namespace InternalTthc.Core.Notifications;

/// <summary>The outbox table as the dispatcher and administrators use it.</summary>
public interface IOutboxStore
{
    /// <summary>
    /// Takes up to <paramref name="max"/> due rows for <paramref name="leaseToken"/> until <paramref name="leaseUntil"/>;
    /// rows another instance holds are skipped, never waited for.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> LeaseAsync(string leaseToken, DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken);

    /// <summary>Extends the lease of the pending rows <paramref name="leaseToken"/> still holds; returns how many.</summary>
    Task<int> RenewLeaseAsync(string leaseToken, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the send of a row <paramref name="leaseToken"/> still leases, at <paramref name="now"/>, in one committed statement:
    /// false when it is no longer pending under that lease, or another claim on it is newer than <paramref name="staleBefore"/>
    /// (an older one, its holder presumed dead, is taken over).
    /// </summary>
    Task<bool> ClaimSendAsync(OutboxMessage leased, string leaseToken, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Inside an open transaction: whether the row's send claim is still <paramref name="claimed"/>'s; the row stays locked
    /// (no other instance can take the claim over) until the transaction ends.
    /// </summary>
    Task<bool> HoldSendAsync(OutboxMessage claimed, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: records how handling a row ended and queues its follow-up rows (a key already queued is skipped),
    /// if its send claim is still <paramref name="leaseToken"/>'s (its lease, for a row never claimed), and lets the claim go.
    /// False when the row was taken over meanwhile; then nothing is written.
    /// </summary>
    Task<bool> CompleteAsync(OutboxMessage leased, string leaseToken, OutboxCompletion completion, CancellationToken cancellationToken);

    /// <summary>Queues new rows; a key already queued is skipped. Returns how many were added.</summary>
    Task<int> AddAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxStatus status, int max, CancellationToken cancellationToken);

    /// <summary>The row queued under <paramref name="idempotencyKey"/>, whatever its state; null when none was.</summary>
    Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Queues again, due now, what waited for <paramref name="personId"/> to write to the bot; returns how many rows.</summary>
    Task<int> ReleaseAwaitingContactAsync(Guid personId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts a dead letter back in the queue with fresh attempts; false when it is not a dead letter.</summary>
    Task<bool> ResendAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);
}
