using System.Text;

namespace InternalTthc.Core.Reports;

/// <summary>
/// One dashboard table as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads Vietnamese): texts as shown.
/// A cell that a spreadsheet would take for a formula is written with a leading apostrophe.
/// </summary>
public static class ReportCsv
{
    public static byte[] Write(ReportTable table, string heading)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        Line(csv, [table.Title]);
        Line(csv, [heading]);
        Line(csv, table.Columns);
        foreach (var row in table.Rows) Line(csv, row.Select(c => c.Text));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    private static string Cell(string text)
    {
        var safe = text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
