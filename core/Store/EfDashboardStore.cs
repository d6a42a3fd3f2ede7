using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Reports;
using Microsoft.EntityFrameworkCore;
using static InternalTthc.Core.Store.CaseFigureColumns;

namespace InternalTthc.Core.Store;

internal sealed class EfDashboardStore(TthcDbContext db) : IDashboardStore
{
    public async Task<IReadOnlyDictionary<CaseStatus, int>> CountByStatusAsync(DashboardFilter filter, CancellationToken cancellationToken) =>
        (await Filed(filter).GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);

    public async Task<IReadOnlyList<FinishedGroup>> FinishedAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var groups = await Finished(filter)
            .GroupBy(c => new
            {
                c.ExecutingUnitId, c.ProcedureCode,
                EF.Property<DateOnly?>(c, FinishedOn)!.Value.Year, EF.Property<DateOnly?>(c, FinishedOn)!.Value.Month,
                Timeliness = EF.Property<CaseTimeliness?>(c, Timeliness),
            })
            .Select(g => new
            {
                g.Key, Count = g.Count(),
                Minutes = g.Sum(c => (long?)EF.Property<int?>(c, HandlingMinutes)) ?? 0,
                Timed = g.Count(c => EF.Property<int?>(c, HandlingMinutes) != null),
            })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new FinishedGroup(g.Key.ExecutingUnitId, g.Key.ProcedureCode, g.Key.Year, g.Key.Month, g.Key.Timeliness, g.Count, g.Minutes, g.Timed))];
    }

    public async Task<IReadOnlyDictionary<int, int>> RatingsAsync(DashboardFilter filter, CancellationToken cancellationToken) =>
        (await Finished(filter).Where(c => EF.Property<int?>(c, RatingScore) != null)
            .GroupBy(c => EF.Property<int?>(c, RatingScore)!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);

    public async Task<(int Total, IReadOnlyList<OverdueCase> First)> OverdueAsync(DashboardFilter filter, DateTimeOffset now, int take, CancellationToken cancellationToken)
    {
        var overdue = Scoped(filter).Where(CaseQueries.OverdueAt(now));
        var total = await overdue.CountAsync(cancellationToken);
        var first = await overdue
            .Select(c => new { c.Code, c.JurisdictionCode, c.ProcedureCode, c.UnitId, c.ExecutingUnitId, Due = c.Status == CaseStatus.Submitted ? c.ReceiptDueAt : c.ResolutionDueAt })
            .OrderBy(c => c.Due).Take(take).ToListAsync(cancellationToken);
        return (total, [.. first.Select(c => new OverdueCase(c.Code ?? "", c.JurisdictionCode, c.ProcedureCode, c.UnitId, c.ExecutingUnitId, c.Due!.Value))]);
    }

    public async Task<IReadOnlyList<FormAnswers>> AnswersAsync(DashboardFilter filter, IReadOnlyCollection<string> procedureCodes, CancellationToken cancellationToken) =>
        procedureCodes.Count == 0 ? [] : await Filed(filter).Where(c => procedureCodes.Contains(c.ProcedureCode)).Select(c => c.Answers).ToListAsync(cancellationToken);

    /// <summary>Cases filed in the period (submitted, whatever became of them since).</summary>
    private IQueryable<Case> Filed(DashboardFilter f)
    {
        var from = VietnamTime.ToUtc(f.From.ToDateTime(TimeOnly.MinValue));
        var to = VietnamTime.ToUtc(f.To.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return Scoped(f).Where(c => c.SubmittedAt >= from && c.SubmittedAt < to);
    }

    private IQueryable<Case> Finished(DashboardFilter f) => Scoped(f)
        .Where(c => EF.Property<DateOnly?>(c, FinishedOn) >= f.From && EF.Property<DateOnly?>(c, FinishedOn) <= f.To);

    private IQueryable<Case> Scoped(DashboardFilter f)
    {
        var jurisdiction = f.Scope.JurisdictionCode;
        var cases = db.Cases.AsNoTracking().Where(c => c.JurisdictionCode == jurisdiction);
        if (!f.Scope.WholeJurisdiction)
        {
            var units = f.Scope.ExecutingUnits;
            cases = cases.Where(c => units.Contains(c.ExecutingUnitId));
        }

        if (f.UnitId is { } unit) cases = cases.Where(c => c.UnitId == unit || c.ExecutingUnitId == unit);
        if (f.ProcedureCode is { } procedure) cases = cases.Where(c => c.ProcedureCode == procedure);
        return cases;
    }
}
