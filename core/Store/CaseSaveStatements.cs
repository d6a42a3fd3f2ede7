using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>
/// What a case's save runs inside its transaction, in this order: its code when just submitted, its form's mark, then the
/// case with its stored columns and its outbox rows.
/// </summary>
internal sealed class CaseSaveStatements(CaseCodeAssignment codes, CaseStoredColumns columns, TimeProvider clock)
{
    /// <summary>A new case's INSERTs made on <paramref name="db"/> now, to be run by SQLite's single writer (<see cref="FileAsync"/>).</summary>
    public CaseInsert Insert(TthcDbContext db, Case c) => CaseInsert.Of(db, c, columns.Of(c));

    /// <summary>A new case filed on <paramref name="store"/> by the single writer: the writer allocates its code, saves its form's mark and runs <paramref name="insert"/>.</summary>
    public async Task<int> FileAsync(TthcDbContext store, Case c, CaseInsert insert, bool allocate, FilingMark? mark, CancellationToken ct)
    {
        await AllocateAsync(store, c, allocate, ct);
        await MarkAsync(store, c, mark, ct);
        return await insert.RunAsync(store, c.Code, ct);
    }

    /// <summary>
    /// The case's changes on <paramref name="store"/>, inside its transaction: its code when just submitted, its form's mark,
    /// the stored figures, its outbox rows.
    /// </summary>
    public async Task<int> WriteAsync(TthcDbContext store, Case c, bool allocate, FilingMark? mark, CancellationToken ct)
    {
        // On PostgreSQL a code is taken and committed at once (CaseCodeAllocator): the form's version is claimed before it, so
        // a second press of the form stops here without using up a number, which would leave a gap in the codes.
        if (allocate && mark is not null && store.Database.IsNpgsql())
        {
            await ClaimAsync(store, mark, ct);
            await AllocateAsync(store, c, allocate: true, ct);
            await store.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE conversation_states SET payload = {mark.Payload(c)} WHERE key = {mark.StateKey} AND version = {mark.Version + 1}", ct);
        }
        else
        {
            await AllocateAsync(store, c, allocate, ct);
            await MarkAsync(store, c, mark, ct);
        }

        columns.Write(store.Entry(c));

        // A change without a timeline event (a rating) queues no case event, yet the cards people have must show it too.
        store.ChangeTracker.DetectChanges();
        if (store.Entry(c).State == EntityState.Modified && c.Timeline.All(e => store.Entry(e).State != EntityState.Added))
        {
            store.OutboxMessages.Add(CaseCardsPayload.ForVersion(c.Id, c.Version, clock.GetUtcNow()));
        }

        // Accepted at commit, so a retried attempt saves the same changes again.
        return await store.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
    }

    // Only when asked: a code allocated by an attempt that was rolled back (a retried transient failure) is allocated again.
    private Task AllocateAsync(TthcDbContext store, Case c, bool allocate, CancellationToken ct) =>
        allocate ? codes.AssignAsync(store, c, ct) : Task.CompletedTask;

    /// <summary>
    /// The form's state saved "filed" in the case's transaction, its code known by now; lost, it undoes the filing. It runs
    /// before the case is written, so a second press of the form (even one in the same batch, or waiting on the row in
    /// another transaction) stops here rather than on the case's key.
    /// </summary>
    private static async Task MarkAsync(TthcDbContext store, Case c, FilingMark? mark, CancellationToken ct)
    {
        if (mark is not null && await store.Database.ExecuteSqlInterpolatedAsync(
                EfConversationStateStore.VersionedUpdate(mark.StateKey, mark.Payload(c), mark.Version, mark.At), ct) != 1)
        {
            throw new FilingMarkLostException(mark.StateKey);
        }
    }

    /// <summary>The form's version taken in the case's transaction (its row locked until the commit), its payload written once the code is known.</summary>
    private static async Task ClaimAsync(TthcDbContext store, FilingMark mark, CancellationToken ct)
    {
        if (await store.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE conversation_states SET version = {mark.Version + 1}, updated_at = {mark.At.UtcDateTime} WHERE key = {mark.StateKey} AND version = {mark.Version}", ct) != 1)
        {
            throw new FilingMarkLostException(mark.StateKey);
        }
    }
}
