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
    /// In one transaction: records how handling a leased row ended and queues its follow-up rows (a key already queued is skipped).
    /// False when the lease was lost meanwhile; then nothing is written.
    /// </summary>
    Task<bool> CompleteAsync(OutboxMessage leased, string leaseToken, OutboxCompletion completion, CancellationToken cancellationToken);

    /// <summary>Queues new rows; a key already queued is skipped. Returns how many were added.</summary>
    Task<int> AddAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxStatus status, int max, CancellationToken cancellationToken);

    /// <summary>Queues again, due now, what waited for <paramref name="personId"/> to write to the bot; returns how many rows.</summary>
    Task<int> ReleaseAwaitingContactAsync(Guid personId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts a dead letter back in the queue with fresh attempts; false when it is not a dead letter.</summary>
    Task<bool> ResendAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);
}
