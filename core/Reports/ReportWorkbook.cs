using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InternalTthc.Core.Forms;
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace InternalTthc.Core.Reports;

/// <summary>The dashboard as an .xlsx workbook: one sheet per table, its title and filter on top, numbers as numbers.</summary>
public static class ReportWorkbook
{
    /// <param name="heading">What the figures are of: the scope and the period, written above every table.</param>
    public static byte[] Write(DashboardReport report, string heading)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = AnnexStyles.Create();
            var sheets = new Sheets();
            foreach (var (table, i) in report.Tables.Select((t, i) => (t, i + 1)))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table, heading);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)i, Name = $"{i}. {ReportText.Get("Sheet" + table.Key)}" });
            }

            workbook.Workbook.Append(sheets);
            workbook.Workbook.Save();
        }

        return memory.ToArray();
    }

    private static Worksheet Sheet(ReportTable table, string heading)
    {
        var rows = new List<Row>
        {
            Row(1, AnnexStyles.Title, [new ReportCell(table.Title)]),
            Row(2, AnnexStyles.Note, [new ReportCell(heading)]),
            Row(4, AnnexStyles.Header, [.. table.Columns.Select(c => new ReportCell(c))]),
        };
        rows.AddRange(table.Rows.Select((r, i) => Row((uint)(5 + i), AnnexStyles.Wrapped, r)));
        var widths = table.Columns.Select((c, i) => Math.Clamp(Math.Max(c.Length / 2.0, table.Rows.Select(r => r[i].Text.Length).DefaultIfEmpty(0).Max() + 2), 10, 60));
        return new Worksheet(
            new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
            new SheetData(rows));
    }

    private static Row Row(uint number, uint style, IEnumerable<ReportCell> cells)
    {
        var row = new Row { RowIndex = number };
        foreach (var (cell, column) in cells.Select((c, i) => (c, i + 1)))
        {
            var reference = CellReferences.Cell(column, (int)number);
            row.Append(cell.Number is { } n
                ? new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number }
                : new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(new CellText(cell.Text)) });
        }

        return row;
    }
}
