using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfOutboxStore(TthcDbContext db, StoreOptions options, OutboxSignal signal) : IOutboxStore
{
    public async Task<IReadOnlyList<OutboxMessage>> LeaseAsync(string leaseToken, DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        var leased = await db.InTransactionAsync(ct => LeaseInTransactionAsync(leaseToken, now, leaseUntil, max, ct), cancellationToken);
        return leased == 0 ? [] : await db.OutboxMessages.AsNoTracking().Where(m => m.LeaseOwner == leaseToken && m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken);
    }

    public Task<int> RenewLeaseAsync(string leaseToken, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.LeaseOwner == leaseToken && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);

    private async Task<int> LeaseInTransactionAsync(string leaseToken, DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        var candidates = options.Provider == StoreProvider.PostgreSql
            // Rows another instance is leasing right now are skipped, not waited for; a row waits for the earlier ones of its key.
            ? await db.Database.SqlQuery<Guid>($"""
                SELECT id AS "Value" FROM outbox_messages m
                WHERE status = 'Pending' AND next_attempt_at <= {now.UtcDateTime} AND (lease_until IS NULL OR lease_until < {now.UtcDateTime})
                  AND (order_key IS NULL OR NOT EXISTS (SELECT 1 FROM outbox_messages e
                    WHERE e.order_key = m.order_key AND e.status = 'Pending' AND e.created_at < m.created_at))
                ORDER BY next_attempt_at LIMIT {max} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken)
            // SQLite has one writer at a time; the guarded update below is what keeps two instances apart.
            : await Due(now).OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(max).ToListAsync(cancellationToken);
        return candidates.Count == 0 ? 0 : await Due(now).Where(m => candidates.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, leaseToken).SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);
    }

    public async Task<bool> ClaimSendAsync(OutboxMessage leased, string leaseToken, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken) =>
        await db.OutboxMessages.Where(m => m.Id == leased.Id && m.LeaseOwner == leaseToken && m.Status == OutboxStatus.Pending
                && (m.SendClaim == null || m.SendClaimedAt < staleBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SendClaim, leaseToken).SetProperty(m => m.SendClaimedAt, now), cancellationToken) == 1;

    // A write, not a read: it takes the row's lock, so a takeover waits for this transaction and then finds what it wrote.
    public async Task<bool> HoldSendAsync(OutboxMessage claimed, CancellationToken cancellationToken) =>
        await db.OutboxMessages.Where(m => m.Id == claimed.Id && m.SendClaim == claimed.SendClaim)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SendClaimedAt, m => m.SendClaimedAt), cancellationToken) == 1;

    public async Task<bool> CompleteAsync(OutboxMessage leased, string leaseToken, OutboxCompletion completion, CancellationToken cancellationToken)
    {
        var added = await db.InTransactionAsync(ct => CompleteInTransactionAsync(leased, leaseToken, completion, ct), cancellationToken);
        if (added > 0)
        {
            signal.Notify();
        }

        return added >= 0;
    }

    /// <summary>The follow-up rows added, or -1 when the row was no longer this lease's.</summary>
    private async Task<int> CompleteInTransactionAsync(OutboxMessage leased, string leaseToken, OutboxCompletion completion, CancellationToken cancellationToken)
    {
        var updated = await db.OutboxMessages
            .Where(m => m.Id == leased.Id && (m.SendClaim == leaseToken || (m.SendClaim == null && m.LeaseOwner == leaseToken))).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, completion.Status)
            .SetProperty(m => m.Attempts, completion.Attempts)
            .SetProperty(m => m.NextAttemptAt, completion.NextAttemptAt)
            .SetProperty(m => m.SentAt, completion.FinishedAt)
            .SetProperty(m => m.LastError, completion.Error)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.SendClaim, (string?)null)
            .SetProperty(m => m.SendClaimedAt, (DateTimeOffset?)null), cancellationToken);
        return updated == 0 ? -1 : await AddNewAsync(completion.FollowUps, cancellationToken);
    }

    public async Task<int> AddAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var added = await db.InTransactionAsync(ct => AddNewAsync(messages, ct), cancellationToken);
        if (added > 0)
        {
            signal.Notify();
        }

        return added;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxStatus status, int max, CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.Status == status).OrderBy(m => m.CreatedAt).Take(max).ToListAsync(cancellationToken);

    public Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken);

    public async Task<bool> ResendAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var updated = await db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.DeadLetter).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptAt, now)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.SendClaim, (string?)null)
            .SetProperty(m => m.SendClaimedAt, (DateTimeOffset?)null), cancellationToken);
        if (updated > 0)
        {
            signal.Notify();
        }

        return updated > 0;
    }

    public async Task<int> ReleaseAwaitingContactAsync(Guid personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = db.OutboxMessages.Where(m => m.RecipientId == personId && m.Status == OutboxStatus.AwaitingContact);
        // Called on every message a person writes: a read, and a write only when something waits.
        if (!await waiting.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var released = await waiting.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        if (released > 0)
        {
            signal.Notify();
        }

        return released;
    }

    /// <summary>Pending, due, not leased, and not behind an earlier pending row of its key (rows queued at the same instant are not ordered).</summary>
    private IQueryable<OutboxMessage> Due(DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now)
            && (m.OrderKey == null || !db.OutboxMessages.Any(e => e.OrderKey == m.OrderKey && e.Status == OutboxStatus.Pending && e.CreatedAt < m.CreatedAt)));

    /// <summary>Adds the rows whose keys are not queued yet; the unique key index still guards a race with another writer.</summary>
    private async Task<int> AddNewAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return 0;
        }

        var keys = messages.Select(m => m.IdempotencyKey).ToList();
        var known = await db.OutboxMessages.Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken);
        var fresh = messages.Where(m => !known.Contains(m.IdempotencyKey)).DistinctBy(m => m.IdempotencyKey).ToList();
        db.OutboxMessages.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        return fresh.Count;
    }
}
