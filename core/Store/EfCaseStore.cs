using InternalTthc.Core.Cases;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>Cases found and paged; filing and saving one is <see cref="CaseWrites"/>' job.</summary>
internal sealed class EfCaseStore(TthcDbContext db, TurnQueries queries, CaseWrites writes) : ICaseStore
{
    private static readonly CaseStatus[] Closed = [CaseStatus.Resolved, CaseStatus.Rejected, CaseStatus.Withdrawn, CaseStatus.Draft];

    public Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken) => queries.CaseById(db, id, cancellationToken);

    public Task<Case?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        WithTimeline().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);

    public Task<int?> FindVersionAsync(Guid id, CancellationToken cancellationToken) => queries.CaseVersion(db, id, cancellationToken);

    public Task AddAsync(Case c, FilingMark? mark, CancellationToken cancellationToken) => writes.AddAsync(c, mark, cancellationToken);

    public Task SaveAsync(Case c, FilingMark? mark, CancellationToken cancellationToken) => writes.SaveAsync(c, mark, cancellationToken);

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
