using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InternalTthc.Core.Forms;

/// <summary>One stored row of a worksheet: its number as people see it and its cells by column (A is 1).</summary>
internal sealed record AnnexSheetRow(int Number, IReadOnlyDictionary<int, Cell> Cells)
{
    /// <summary>The stored rows in order; rows and cells without a reference follow the previous one, as the format allows.</summary>
    public static IEnumerable<AnnexSheetRow> Read(WorksheetPart sheet)
    {
        var number = 0;
        foreach (var row in AnnexXml.Elements<Row>(sheet))
        {
            number = row.RowIndex?.Value is { } index ? (int)index : number + 1;
            var cells = new Dictionary<int, Cell>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference && CellReferences.ColumnOf(reference) is { } c ? c : column + 1;
                cells[column] = cell;
            }

            yield return new AnnexSheetRow(number, cells);
        }
    }
}
