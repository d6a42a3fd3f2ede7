namespace InternalTthc.Core.Reports;

/// <summary>A table of the dashboard: the same rows drawn on the page, charted beside it, and exported as CSV and .xlsx.</summary>
public sealed record ReportTable(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows);
