using System.Text.Json;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Reports;

/// <summary>Draws the dashboard for one filter: every table from the store's grouped counts, named from the catalog and the directory.</summary>
public sealed class DashboardService(
    IDashboardStore store, ProcedureCatalog catalog, IDirectoryStore directory, IDeadlineCalculator calendar, IncidentReportReader incidents, TimeProvider clock)
{
    /// <summary>Rows of the overdue list; the total says how many more there are.</summary>
    public const int OverdueRows = 50;

    private static readonly CaseStatus[] Statuses = Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Draft).ToArray();

    public async Task<DashboardReport> DrawAsync(DashboardFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var units = (await directory.ListUnitsAsync(filter.Scope.JurisdictionCode, ct)).ToDictionary(u => u.Id, u => u.Name);
        string Unit(Guid id) => units.GetValueOrDefault(id) ?? "—";
        string Procedure(string code) => catalog.Find(code)?.DisplayName ?? code;

        var statuses = await store.CountByStatusAsync(filter, ct);
        var finished = await store.FinishedAsync(filter, ct);
        var ratings = await store.RatingsAsync(filter, ct);
        var (overdueTotal, overdue) = await store.OverdueAsync(filter, clock.GetUtcNow(), OverdueRows, ct);
        var severities = await SeveritiesAsync(filter, ct);
        var rated = ratings.Values.Sum();

        ReportTable Timeliness<TKey>(string key, string column, Func<FinishedGroup, TKey> by, Func<TKey, string> name, bool inOrder = false) where TKey : notnull =>
            new(key, ReportText.Get(key), TimelinessRows.Columns(column), TimelinessRows.Rows(finished, by, name, inOrder));

        var overall = TimelinessRows.Row("", finished);
        return new DashboardReport(filter,
        [
            new("Overview", ReportText.Get("Overview"), [ReportText.Get("ColIndicator"), ReportText.Get("ColValue")],
            [
                [new(ReportText.Get("Filed")), ReportNumbers.Count(statuses.Values.Sum())],
                [new(ReportText.Get("Finished")), overall[1]],
                [new(ReportText.Get("InTimeRate")), ReportNumbers.Decimal(InTime(finished))],
                [new(ReportText.Get("OverdueOpen")), ReportNumbers.Count(overdueTotal)],
                [new(ReportText.Get("AverageDays")), overall[8]],
                [new(ReportText.Get("AverageRating")), ReportNumbers.Decimal(rated == 0 ? null : ratings.Sum(r => (double)r.Key * r.Value) / rated)],
            ]),
            new("ByStatus", ReportText.Get("ByStatus"), [ReportText.Get("ColStatus"), ReportText.Get("ColCases")],
                [.. Statuses.Where(statuses.ContainsKey).Select(s => (IReadOnlyList<ReportCell>)[new(CaseTexts.Status(s)), ReportNumbers.Count(statuses[s])])]),
            Timeliness("ByUnit", "ColUnit", g => g.ExecutingUnitId, Unit),
            Timeliness("ByProcedure", "ColProcedure", g => g.ProcedureCode, Procedure),
            Timeliness("ByMonth", "ColMonth", g => (g.Year, g.Month), m => $"{m.Month:00}/{m.Year}", inOrder: true),
            new("Overdue", ReportText.Get("Overdue"),
                [ReportText.Get("ColCode"), ReportText.Get("ColProcedure"), ReportText.Get("ColFiledBy"), ReportText.Get("ColUnit"), ReportText.Get("ColDue"), ReportText.Get("ColOverdueHours")],
                [.. overdue.Select(o => (IReadOnlyList<ReportCell>)
                [
                    new(o.Code), new(Procedure(o.ProcedureCode)), new(Unit(o.UnitId)), new(Unit(o.ExecutingUnitId)), new(VietnamTime.Format(o.Due)),
                    ReportNumbers.Decimal(calendar.WorkingTimeBetween(o.JurisdictionCode, o.Due, clock.GetUtcNow()).TotalHours),
                ])]),
            new("Incidents", ReportText.Get("Incidents"), [ReportText.Get("ColSeverity"), ReportText.Get("ColIncidents")],
                [.. new[] { IncidentSeverity.High, IncidentSeverity.Medium, IncidentSeverity.Low }
                    .Select(s => (IReadOnlyList<ReportCell>)[new(ReportText.Get($"Severity{s}")), ReportNumbers.Count(severities.GetValueOrDefault(s))])]),
            new("Ratings", ReportText.Get("Ratings"), [ReportText.Get("ColScore"), ReportText.Get("ColRatings")],
                [.. Enumerable.Range(CaseRating.Lowest, CaseRating.Highest - CaseRating.Lowest + 1).Reverse()
                    .Select(s => (IReadOnlyList<ReportCell>)[new(ReportText.Get($"Score{s}")), ReportNumbers.Count(ratings.GetValueOrDefault(s))])]),
        ]);
    }

    private static double? InTime(IReadOnlyList<FinishedGroup> finished)
    {
        var timed = finished.Where(g => g.Timeliness is not null).ToList();
        var total = timed.Sum(g => g.Count);
        return total == 0 ? null : 100.0 * timed.Where(g => g.Timeliness != CaseTimeliness.Late).Sum(g => g.Count) / total;
    }

    /// <summary>
    /// Each incident filed in the period, classified as the bot classified it when told (<see cref="SeverityRules"/>): the kind
    /// read again from what the reporter wrote, with the signs he confirmed on the form.
    /// </summary>
    private async Task<Dictionary<IncidentSeverity, int>> SeveritiesAsync(DashboardFilter filter, CancellationToken ct)
    {
        var procedures = catalog.ForJurisdiction(filter.Scope.JurisdictionCode).Where(p => p.Flow == ProcedureFlow.IncidentInterview).Select(p => p.Code).ToList();
        var counts = new Dictionary<IncidentSeverity, int>();
        foreach (var answers in await store.AnswersAsync(filter, procedures, ct))
        {
            var kind = incidents.Read(answers.Text(IncidentFields.WhatHappened) ?? "", clock.GetUtcNow()).Kind;
            var signs = answers.Values.TryGetValue(IncidentFields.Signs, out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            var severity = SeverityRules.Classify(kind, signs).Severity;
            counts[severity] = counts.GetValueOrDefault(severity) + 1;
        }

        return counts;
    }
}
