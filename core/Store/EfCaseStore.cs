using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Questions;
using InternalTthc.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InternalTthc.Core.Store;

internal sealed class EfCaseStore(
    TthcDbContext db, ProcedureCatalog catalog, CaseCodeAllocator codes, OutboxSignal signal, IDeadlineCalculator calendar, SqliteTuning sqlite,
    GroupCommit writes, TurnQueries queries, TimeProvider clock) : ICaseStore
{
    private static readonly CaseStatus[] Closed = [CaseStatus.Resolved, CaseStatus.Rejected, CaseStatus.Withdrawn, CaseStatus.Draft];

    public Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken) => queries.CaseById(db, id, cancellationToken);

    public Task<Case?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        WithTimeline().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);

    public Task<int?> FindVersionAsync(Guid id, CancellationToken cancellationToken) => queries.CaseVersion(db, id, cancellationToken);

    public async Task AddAsync(Case c, FilingMark? mark, CancellationToken cancellationToken)
    {
        if (!GroupCommit.BatchesDurableWrites(db))
        {
            db.Cases.Add(c);
            await SaveAsync(c, mark, cancellationToken);
            return;
        }

        // On SQLite a new case (a filing) is inserted by the single writer with the filings waiting beside it, all in one
        // transaction flushed once; it returns only after that commit. Its statements are made here, before it queues: the
        // writer allocates its code, saves its form's mark and runs them. Then this scope tracks it as stored, for later saves.
        var allocate = c.Code is null;
        var insert = CaseInsert.Of(db, c, Columns);
        await writes.RunDurablyAsync(db, async (store, ct) =>
        {
            await AllocateAsync(store, c, allocate, ct);
            await MarkAsync(store, c, mark, ct);
            return await insert.RunAsync(store, c.Code, ct);
        }, cancellationToken);
        db.Cases.Attach(c);
        signal.Notify();
    }

    public async Task SaveAsync(Case c, FilingMark? mark, CancellationToken cancellationToken)
    {
        // A code allocated by an attempt that was rolled back (a retried transient failure) is allocated again.
        var allocate = c.Code is null;
        try
        {
            // Durable: a case is acknowledged (filed, decided) once this returns, so the commit must outlive a power cut.
            await sqlite.DurablyAsync(db, ct => WriteAsync(db, c, allocate, mark, ct), cancellationToken);
            signal.Notify();
        }
        catch (DbUpdateConcurrencyException ex)
        {
            db.ChangeTracker.Clear();
            throw new CaseConflictException(c.Id, ex);
        }
        catch (FilingMarkLostException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

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

    /// <summary>
    /// The case's changes on <paramref name="store"/>, inside its transaction: its code when just submitted, its form's mark,
    /// the stored figures, its outbox rows.
    /// </summary>
    private async Task<int> WriteAsync(TthcDbContext store, Case c, bool allocate, FilingMark? mark, CancellationToken ct)
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

        Columns(store.Entry(c));

        // A change without a timeline event (a rating) queues no case event, yet the cards people have must show it too.
        store.ChangeTracker.DetectChanges();
        if (store.Entry(c).State == EntityState.Modified && c.Timeline.All(e => store.Entry(e).State != EntityState.Added))
        {
            store.OutboxMessages.Add(CaseCardsPayload.ForVersion(c.Id, c.Version, clock.GetUtcNow()));
        }

        // Accepted at commit, so a retried attempt saves the same changes again.
        return await store.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
    }

    /// <summary>The case's code, when it is <paramref name="allocate"/>d and just submitted: the next of its jurisdiction and year.</summary>
    private async Task AllocateAsync(TthcDbContext store, Case c, bool allocate, CancellationToken ct)
    {
        if (allocate && c.SubmittedAt is { } submitted)
        {
            var prefix = catalog.FindJurisdiction(c.JurisdictionCode)?.CasePrefix
                ?? throw new InvalidOperationException($"Unknown jurisdiction '{c.JurisdictionCode}' of case {c.Id}.");
            c.AssignCode(await codes.NextAsync(store, c.JurisdictionCode, prefix, VietnamTime.ToLocal(submitted).Year, ct));
        }
    }

    /// <summary>The stored columns that are not the case's own: its published answer's search words, its figures, its queue due.</summary>
    private void Columns(EntityEntry<Case> entry)
    {
        var c = entry.Entity;
        // A question's answer is published, and found, from the moment it is given until the case is reopened.
        entry.Property<string?>(CaseConfiguration.AnswerSearch).CurrentValue =
            catalog.Find(c.ProcedureCode) is { } procedure && PublishedAnswer.Of(c, procedure) is { } answer ? AnswerSearchText.Of(answer) : null;

        CaseFigureColumns.Write(entry, CaseFigures.Of(c, calendar));
        CaseQueueColumn.Write(entry);
    }

    public async Task<CasePage> PageOpenForUnitAsync(Guid unitId, Guid? requesterId, int skip, int take, CancellationToken cancellationToken)
    {
        var open = db.Cases.AsNoTracking().Where(c => c.UnitId == unitId && !Closed.Contains(c.Status))
            .Where(c => requesterId == null || c.RequesterId == requesterId);
        return new CasePage(await open.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Skip(skip).Take(take).ToListAsync(cancellationToken), await open.CountAsync(cancellationToken));
    }

    public async Task<CasePage> PageQueueAsync(QueueQuery query, CancellationToken cancellationToken)
    {
        // Read off the (executing unit, urgent, queue due, id) index in its order: the first page never sorts the agency's open cases.
        var units = query.ExecutingUnitIds;
        var queue = db.Cases.AsNoTracking().Where(c => EF.Property<DateTimeOffset?>(c, CaseQueueColumn.QueueDue) != null);
        queue = units.Count == 1 ? queue.Where(c => c.ExecutingUnitId == units[0]) : queue.Where(c => units.Contains(c.ExecutingUnitId));
        if (query.AssigneeId is { } assignee) queue = queue.Where(c => c.AssigneeId == assignee);
        if (query.NewOnly) queue = queue.Where(c => c.Status == CaseStatus.Submitted);
        if (query.ProcedureCode is { } procedure) queue = queue.Where(c => c.ProcedureCode == procedure);
        if (query.OverdueAt is { } now) queue = queue.Where(c => EF.Property<DateTimeOffset?>(c, CaseQueueColumn.QueueDue) < now);
        if (query.DueBetween is var (from, to))
        {
            queue = queue.Where(c => EF.Property<DateTimeOffset?>(c, CaseQueueColumn.QueueDue) >= from && EF.Property<DateTimeOffset?>(c, CaseQueueColumn.QueueDue) <= to);
        }

        var page = await queue.OrderByDescending(c => c.Urgent).ThenBy(c => EF.Property<DateTimeOffset?>(c, CaseQueueColumn.QueueDue)).ThenBy(c => c.Id)
            .Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return new CasePage(page, await queue.CountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<string>> ListQueueProceduresAsync(IReadOnlyList<Guid> executingUnitIds, CancellationToken cancellationToken) =>
        await db.Cases.Where(c => executingUnitIds.Contains(c.ExecutingUnitId) && EF.Property<DateTimeOffset?>(c, CaseQueueColumn.QueueDue) != null)
            .Select(c => c.ProcedureCode).Distinct().ToListAsync(cancellationToken);

    public Task<bool> HasSubmittedSinceAsync(Guid unitId, string procedureCode, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.Cases.AnyAsync(c => c.UnitId == unitId && c.ProcedureCode == procedureCode && c.SubmittedAt >= since && c.Status != CaseStatus.Withdrawn, cancellationToken);

    private IQueryable<Case> WithTimeline() => db.Cases.Include(c => c.Timeline);
}
