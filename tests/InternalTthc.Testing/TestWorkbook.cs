using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InternalTthc.Core.Forms;
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace InternalTthc.Testing;

/// <summary>
/// Workbooks as people's spreadsheets hold them, built cell by cell: a string is an inline string,
/// a number a number cell, a <see cref="DateTime"/> a day number shown as a date, a
/// <see cref="RawNumber"/> a number cell with exactly that stored text, <see cref="Runs"/> rich text
/// (parts formatted apart, as when one word of a header is bold), null no cell.
/// </summary>
public static class TestWorkbook
{
    public sealed record RawNumber(string Text);

    public sealed record Runs(params string[] Parts);

    private const uint DateStyle = 1;

    /// <summary>A one-sheet workbook whose rows start at row 1.</summary>
    public static byte[] Create(params object?[][] rows) => Create(rows.Select((cells, i) => (i + 1, cells)));

    public static byte[] Create(IEnumerable<(int Row, object?[] Cells)> rows)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            // Format 14 is Excel's built-in short date.
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (row, cells) in rows)
            {
                data.Append(Row(row, 1, cells));
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Danh sách" }));
        }

        return memory.ToArray();
    }

    /// <summary>The template with rows written under its header (row 3): STT in column A, the values from column B on.</summary>
    public static byte[] Fill(byte[] template, IEnumerable<object?[]> rows)
    {
        using var memory = new MemoryStream();
        memory.Write(template);
        using (var document = SpreadsheetDocument.Open(memory, isEditable: true))
        {
            var workbook = document.WorkbookPart!;
            var first = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var data = ((WorksheetPart)workbook.GetPartById(first.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            var number = 4;
            foreach (var cells in rows)
            {
                data.Append(Row(number, 1, [number - 3, .. cells]));
                number++;
            }
        }

        return memory.ToArray();
    }

    private static Row Row(int number, int firstColumn, object?[] cells)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is not { } value) continue;
            var cell = new Cell { CellReference = CellReferences.Cell(firstColumn + i, number) };
            switch (value)
            {
                case string text:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new CellText(text) { Space = SpaceProcessingModeValues.Preserve });
                    break;
                case DateTime date:
                    cell.CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture));
                    cell.StyleIndex = DateStyle;
                    break;
                case Runs runs:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(runs.Parts.Select(p => new Run(new RunProperties(new Bold()), new CellText(p))));
                    break;
                case RawNumber raw:
                    cell.CellValue = new CellValue(raw.Text);
                    break;
                default:
                    cell.CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                    break;
            }

            row.Append(cell);
        }

        return row;
    }
}
