using System.Globalization;

namespace InternalTthc.Core.Reports;

/// <summary>Numbers as a Vietnamese reader writes them (1.234; 66,7), with the value kept for charts and spreadsheets.</summary>
internal static class ReportNumbers
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A working day is 8 office hours (07:30–11:30, 13:00–17:00).</summary>
    public const double MinutesPerWorkingDay = 8 * 60;

    public static ReportCell Count(int n) => new(n.ToString("#,##0", Vi), n);

    public static ReportCell Decimal(double? value) => value is { } v ? new(v.ToString("0.0", Vi), Math.Round(v, 1)) : new(ReportText.Get("NotApplicable"));

    /// <summary>A share in percent of <paramref name="total"/>; "—" when there is nothing to share.</summary>
    public static ReportCell Percent(int part, int total) => Decimal(total == 0 ? null : 100.0 * part / total);
}
