using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Questions;
using InternalTthc.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfCaseStore(
    TthcDbContext db, ProcedureCatalog catalog, CaseCodeAllocator codes, OutboxSignal signal, IDeadlineCalculator calendar, SqliteTuning sqlite,
    TimeProvider clock) : ICaseStore
{
    private static readonly CaseStatus[] Closed = [CaseStatus.Resolved, CaseStatus.Rejected, CaseStatus.Withdrawn, CaseStatus.Draft];

    public Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        WithTimeline().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Case?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        WithTimeline().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);

    public Task<int?> FindVersionAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken);

    public async Task AddAsync(Case c, CancellationToken cancellationToken)
    {
        db.Cases.Add(c);
        await SaveAsync(c, cancellationToken);
    }

    public async Task SaveAsync(Case c, CancellationToken cancellationToken)
    {
        // A code allocated by an attempt that was rolled back (a retried transient failure) is allocated again.
        var allocate = c.Code is null;
        try
        {
            // Durable: a case is acknowledged (filed, decided) once this returns, so the commit must outlive a power cut.
            await sqlite.DurablyAsync(db, async ct =>
            {
                if (allocate && c.SubmittedAt is { } submitted)
                {
                    var prefix = catalog.FindJurisdiction(c.JurisdictionCode)?.CasePrefix
                        ?? throw new InvalidOperationException($"Unknown jurisdiction '{c.JurisdictionCode}' of case {c.Id}.");
                    c.AssignCode(await codes.NextAsync(db, c.JurisdictionCode, prefix, VietnamTime.ToLocal(submitted).Year, ct));
                }

                // A question's answer is published, and found, from the moment it is given until the case is reopened.
                db.Entry(c).Property<string?>(CaseConfiguration.AnswerSearch).CurrentValue =
                    catalog.Find(c.ProcedureCode) is { } procedure && PublishedAnswer.Of(c, procedure) is { } answer ? AnswerSearchText.Of(answer) : null;

                CaseFigureColumns.Write(db.Entry(c), CaseFigures.Of(c, calendar));

                // A change without a timeline event (a rating) queues no case event, yet the cards people have must show it too.
                db.ChangeTracker.DetectChanges();
                if (db.Entry(c).State == EntityState.Modified && c.Timeline.All(e => db.Entry(e).State != EntityState.Added))
                {
                    db.OutboxMessages.Add(CaseCardsPayload.ForVersion(c.Id, c.Version, clock.GetUtcNow()));
                }

                // Accepted at commit, so a retried attempt saves the same changes again.
                return await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            }, cancellationToken);
            signal.Notify();
        }
        catch (DbUpdateConcurrencyException ex)
        {
            db.ChangeTracker.Clear();
            throw new CaseConflictException(c.Id, ex);
        }
    }

    public async Task<IReadOnlyList<Case>> ListOpenForUnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        await db.Cases.Where(c => c.UnitId == unitId && !Closed.Contains(c.Status))
            .OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Case>> ListQueueAsync(Guid executingUnitId, Guid? assigneeId, CancellationToken cancellationToken) =>
        await db.Cases.Where(c => c.ExecutingUnitId == executingUnitId && !Closed.Contains(c.Status) && c.Status != CaseStatus.AwaitingConfirmation)
            .Where(c => assigneeId == null || c.AssigneeId == assigneeId)
            .OrderByDescending(c => c.Urgent).ThenBy(c => c.ResolutionDueAt ?? c.ReceiptDueAt).ToListAsync(cancellationToken);

    public async Task<CasePage> PageOpenForUnitAsync(Guid unitId, Guid? requesterId, int skip, int take, CancellationToken cancellationToken)
    {
        var open = db.Cases.AsNoTracking().Where(c => c.UnitId == unitId && !Closed.Contains(c.Status))
            .Where(c => requesterId == null || c.RequesterId == requesterId);
        return new CasePage(await open.OrderByDescending(c => c.CreatedAt).Skip(skip).Take(take).ToListAsync(cancellationToken), await open.CountAsync(cancellationToken));
    }

    public async Task<CasePage> PageQueueAsync(QueueQuery query, CancellationToken cancellationToken)
    {
        var queue = db.Cases.AsNoTracking()
            .Where(c => c.ExecutingUnitId == query.ExecutingUnitId && !Closed.Contains(c.Status) && c.Status != CaseStatus.AwaitingConfirmation)
            .Where(c => query.AssigneeId == null || c.AssigneeId == query.AssigneeId);
        if (query.OverdueAt is { } now)
        {
            queue = queue.Where(CaseQueries.OverdueAt(now));
        }

        // Paused clocks (null) last on both engines, as Case.RunningDue orders them in memory.
        var page = await queue.Select(c => new { Case = c, Due = c.Status == CaseStatus.Submitted ? c.ReceiptDueAt
                : c.Status == CaseStatus.Received || c.Status == CaseStatus.InProgress || c.Status == CaseStatus.Supplemented || c.Status == CaseStatus.AwaitingApproval
                    ? c.ResolutionDueAt : null })
            .OrderByDescending(x => x.Case.Urgent).ThenBy(x => x.Due == null).ThenBy(x => x.Due).ThenBy(x => x.Case.Id)
            .Skip(query.Skip).Take(query.Take).Select(x => x.Case).ToListAsync(cancellationToken);
        return new CasePage(page, await queue.CountAsync(cancellationToken));
    }

    public Task<bool> HasSubmittedSinceAsync(Guid unitId, string procedureCode, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.Cases.AnyAsync(c => c.UnitId == unitId && c.ProcedureCode == procedureCode && c.SubmittedAt >= since && c.Status != CaseStatus.Withdrawn, cancellationToken);

    private IQueryable<Case> WithTimeline() => db.Cases.Include(c => c.Timeline);
}
