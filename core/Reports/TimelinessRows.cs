namespace InternalTthc.Core.Reports;

/// <summary>
/// The portals' measure, one row per group of finished cases: how many, how many early, on time and late, the three
/// rates over those that had a deadline, and the average handling time in working days.
/// </summary>
internal static class TimelinessRows
{
    public static IReadOnlyList<string> Columns(string first) =>
    [
        ReportText.Get(first), ReportText.Get("ColFinished"), ReportText.Get("ColEarly"), ReportText.Get("ColOnTime"), ReportText.Get("ColLate"),
        ReportText.Get("ColEarlyRate"), ReportText.Get("ColOnTimeRate"), ReportText.Get("ColLateRate"), ReportText.Get("ColAverageDays"),
    ];

    /// <param name="inOrder">Rows in the order of their keys (months); otherwise by name.</param>
    public static IReadOnlyList<IReadOnlyList<ReportCell>> Rows<TKey>(IEnumerable<FinishedGroup> groups, Func<FinishedGroup, TKey> key, Func<TKey, string> name, bool inOrder = false)
        where TKey : notnull
    {
        var grouped = groups.GroupBy(key).ToList();
        var ordered = inOrder ? grouped.OrderBy(g => g.Key) : grouped.OrderBy(g => name(g.Key), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false));
        return [.. ordered.Select(g => Row(name(g.Key), [.. g]))];
    }

    /// <summary>One row of the table (the overview's totals are the same sums).</summary>
    public static IReadOnlyList<ReportCell> Row(string name, IReadOnlyCollection<FinishedGroup> groups)
    {
        int Of(CaseTimeliness t) => groups.Where(g => g.Timeliness == t).Sum(g => g.Count);
        var (early, onTime, late) = (Of(CaseTimeliness.Early), Of(CaseTimeliness.OnTime), Of(CaseTimeliness.Late));
        var withDeadline = early + onTime + late;
        return
        [
            new(name), ReportNumbers.Count(groups.Sum(g => g.Count)), ReportNumbers.Count(early), ReportNumbers.Count(onTime), ReportNumbers.Count(late),
            ReportNumbers.Percent(early, withDeadline), ReportNumbers.Percent(onTime, withDeadline), ReportNumbers.Percent(late, withDeadline),
            ReportNumbers.Decimal(AverageDays(groups)),
        ];
    }

    public static double? AverageDays(IReadOnlyCollection<FinishedGroup> groups) =>
        groups.Sum(g => g.Timed) is var timed and > 0 ? groups.Sum(g => g.HandlingMinutes) / ReportNumbers.MinutesPerWorkingDay / timed : null;
}
