using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Forms;

/// <summary>
/// Finds the header row by the columns' labels, whatever their order, case, spacing, line breaks
/// or diacritics, with or without an STT column: the first row of the visible sheets that holds
/// them all, else the one that holds the most. Published annexes put several tables on one
/// sheet (Cần Thơ's Phụ lục I), so the header need not be near the top.
/// </summary>
internal static class AnnexHeaderFinder
{
    /// <param name="searchRows">Stored rows looked at per sheet, a bound for sheets without the header.</param>
    public static AnnexHeader? Find(WorkbookPart workbook, FormField rowsField, AnnexCellContents contents, int searchRows)
    {
        AnnexHeader? best = null;
        foreach (var sheet in VisibleSheets(workbook))
        {
            foreach (var row in AnnexSheetRow.Read(sheet).Take(searchRows))
            {
                var header = Match(sheet, row, rowsField, contents);
                if (best is null || header.Columns.Count > best.Columns.Count) best = header;
                if (best.Missing.Count == 0) return best;
            }
        }

        return best is { Columns.Count: > 0 } ? best : null;
    }

    /// <summary>A row with an STT cell heads a table: below a header it starts the next table.</summary>
    public static bool IsHeaderRow(AnnexSheetRow row, AnnexCellContents contents)
    {
        var number = Key(FormText.Vietnamese("ColumnNumber"));
        return row.Cells.Values.Any(c => Key(contents.Read(c).Text) == number);
    }

    private static AnnexHeader Match(WorksheetPart sheet, AnnexSheetRow row, FormField rowsField, AnnexCellContents contents)
    {
        var cells = row.Cells.Select(c => (Index: c.Key, Key: Key(contents.Read(c.Value).Text))).ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<FormField>();
        foreach (var column in rowsField.Columns)
        {
            var key = Key(column.Label);
            // Two columns may share a label: each takes the first cell not taken yet.
            var cell = cells.FirstOrDefault(c => c.Key == key && !columns.ContainsValue(c.Index));
            if (cell.Key is null) missing.Add(column);
            else columns[column.Name] = cell.Index;
        }

        return new AnnexHeader(sheet, row.Number, columns, missing);
    }

    private static string Key(string label) => VietnameseText.Fold(label).Replace(" ", "", StringComparison.Ordinal);

    public static IEnumerable<WorksheetPart> VisibleSheets(WorkbookPart workbook)
    {
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.State?.Value is SheetStateValues.Hidden or SheetStateValues.VeryHidden || sheet.Id?.Value is not { } id) continue;
            if (workbook.TryGetPartById(id, out var part) && part is WorksheetPart worksheet) yield return worksheet;
        }
    }
}
