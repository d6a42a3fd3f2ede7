namespace InternalTthc.Core.Reports;

/// <summary>One cell of a report table: its text as shown, and its number where it has one (charts and spreadsheets read that).</summary>
public sealed record ReportCell(string Text, double? Number = null);
