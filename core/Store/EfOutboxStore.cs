using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfOutboxStore(TthcDbContext db, StoreOptions options, OutboxSignal signal) : IOutboxStore
{
    // Keeps a command's parameters (18 a row) well under the engines' limits when an announcement queues thousands of rows.
    private const int RowsPerCommand = 100;

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

    // Written out, as a row's completion is: a LINQ ExecuteUpdate builds its expression and looks it up for every row sent.
    public async Task<bool> ClaimSendAsync(OutboxMessage leased, string leaseToken, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken) =>
        await db.ExecuteRetriedAsync($"""
            UPDATE outbox_messages SET send_claim = {leaseToken}, send_claimed_at = {now.UtcDateTime}
            WHERE id = {leased.Id} AND lease_owner = {leaseToken} AND status = 'Pending'
              AND (send_claim IS NULL OR send_claimed_at < {staleBefore.UtcDateTime})
            """, cancellationToken) == 1;

    // A write, not a read: it takes the row's lock, so a takeover waits for this transaction and then finds what it wrote.
    public async Task<bool> HoldSendAsync(OutboxMessage claimed, CancellationToken cancellationToken) =>
        await db.OutboxMessages.Where(m => m.Id == claimed.Id && m.SendClaim == claimed.SendClaim)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SendClaimedAt, m => m.SendClaimedAt), cancellationToken) == 1;

    public async Task<bool> CompleteAsync(OutboxMessage leased, string leaseToken, OutboxCompletion completion, CancellationToken cancellationToken)
    {
        // Without follow-ups the outcome is one statement, whole by itself: no transaction of its own to begin and commit.
        if (completion.FollowUps.Count == 0)
        {
            return await db.ExecuteRetriedAsync(Completion(leased, leaseToken, completion), cancellationToken) == 1;
        }

        var added = await db.InTransactionAsync(ct => CompleteInTransactionAsync(leased, leaseToken, completion, ct), cancellationToken);
        if (added > 0)
        {
            signal.Notify();
        }

        return added >= 0;
    }

    /// <summary>The follow-up rows added, or -1 when the row was no longer this lease's.</summary>
    private async Task<int> CompleteInTransactionAsync(OutboxMessage leased, string leaseToken, OutboxCompletion completion, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync(Completion(leased, leaseToken, completion), cancellationToken) == 0
            ? -1
            : await AddNewAsync(completion.FollowUps, cancellationToken);

    /// <summary>The row's outcome, if its send claim is still the lease's (its lease, for a row never claimed); the claim let go.</summary>
    private static FormattableString Completion(OutboxMessage leased, string leaseToken, OutboxCompletion completion) => $"""
        UPDATE outbox_messages SET status = {completion.Status.ToString()}, attempts = {completion.Attempts},
          next_attempt_at = {completion.NextAttemptAt.UtcDateTime}, sent_at = {completion.FinishedAt?.UtcDateTime}, last_error = {completion.Error},
          lease_owner = NULL, lease_until = NULL, send_claim = NULL, send_claimed_at = NULL
        WHERE id = {leased.Id} AND (send_claim = {leaseToken} OR (send_claim IS NULL AND lease_owner = {leaseToken}))
        """;

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

    /// <summary>
    /// Adds the rows whose keys are not queued yet: INSERTs written out from the model, each skipping a key already queued (the
    /// unique index decides, also against another writer at the same moment), instead of a read of the keys and SaveChanges.
    /// </summary>
    private async Task<int> AddNewAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return 0;
        }

        var added = 0;
        foreach (var chunk in messages.Chunk(RowsPerCommand))
        {
            using var inserts = new InsertStatements(db);
            foreach (var message in chunk)
            {
                inserts.Append(message, " ON CONFLICT (idempotency_key) DO NOTHING");
            }

            added += await db.Database.ExecuteSqlRawAsync(inserts.Sql, inserts.Values, cancellationToken);
        }

        return added;
    }
}
