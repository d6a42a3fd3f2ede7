namespace InternalTthc.Core.Reports;

/// <summary>The dashboard drawn for one filter: its tables in the order the page shows them.</summary>
public sealed record DashboardReport(DashboardFilter Filter, IReadOnlyList<ReportTable> Tables)
{
    public ReportTable? Table(string key) => Tables.FirstOrDefault(t => t.Key == key);
}
