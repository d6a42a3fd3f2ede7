using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>Reads one uploaded annex list against a rows field: structure first, then every row and cell.</summary>
internal sealed class AnnexReader(FormField rowsField, Func<FormField, string, string?> validateCell, AnnexLimits limits)
{
    public AnnexReadResult Read(Stream upload)
    {
        if (AnnexUpload.Load(upload, limits, out var bytes) is { } fault) return AnnexReadResult.Fail(fault);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            return document.WorkbookPart is { } workbook ? ReadWorkbook(workbook) : NotWorkbook();
        }
        catch (Exception ex) when (DamagedPackage.Threw(ex))
        {
            return NotWorkbook();
        }
    }

    private static AnnexReadResult NotWorkbook() => AnnexReadResult.Fail(AnnexFault.OfFile("NotWorkbook"));

    private AnnexReadResult ReadWorkbook(WorkbookPart workbook)
    {
        var contents = AnnexCellContents.Load(workbook);
        // Titles and notes above the header take a few rows; a table above it takes at most a full list.
        var header = AnnexHeaderFinder.Find(workbook, rowsField, contents, searchRows: limits.MaxRows + 20);
        if (header is null)
        {
            var labels = string.Join(", ", rowsField.Columns.Select(c => $"\"{c.Label}\""));
            return AnnexReadResult.Fail(AnnexFault.OfFile("HeaderNotFound", labels));
        }

        if (header.Missing.Count > 0)
        {
            return AnnexReadResult.Fail([.. header.Missing.Select(c => new AnnexFault(null, c.Label, FormText.Get("MissingColumn", header.Row)))]);
        }

        var maxRows = Math.Min(limits.MaxRows, rowsField.MaxRows ?? int.MaxValue);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        var faults = new List<AnnexFault>();
        foreach (var row in AnnexSheetRow.Read(header.Sheet).Where(r => r.Number > header.Row))
        {
            if (AnnexHeaderFinder.IsHeaderRow(row, contents)) break;
            var values = Values(row, header, contents);
            // A row with only an STT number, or formatting and no text, is no entry.
            if (values.Values.All(v => v.Length == 0)) continue;
            if (rows.Count == maxRows) return AnnexReadResult.Fail(AnnexFault.OfFile("TooManyRows", maxRows));
            rows.Add(values);
            faults.AddRange(Check(row.Number, values));
        }

        if (rows.Count == 0) return AnnexReadResult.Fail(AnnexFault.OfFile("NoDataRows", header.Row + 1));
        if (rowsField.MinRows is { } min && rows.Count < min) faults.Add(AnnexFault.OfFile("TooFewRows", min, rows.Count));
        return new AnnexReadResult(rows, faults);
    }

    private Dictionary<string, string> Values(AnnexSheetRow row, AnnexHeader header, AnnexCellContents contents)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in rowsField.Columns)
        {
            values[column.Name] = row.Cells.TryGetValue(header.Columns[column.Name], out var cell)
                ? AnnexCellValue.For(column, contents.Read(cell))
                : "";
        }

        return values;
    }

    private IEnumerable<AnnexFault> Check(int rowNumber, Dictionary<string, string> values)
    {
        foreach (var column in rowsField.Columns)
        {
            var value = values[column.Name];
            var message = value.Length == 0
                ? column.Required ? FormText.Get("Required") : null
                : validateCell(column, value);
            if (message is not null) yield return new AnnexFault(rowNumber, column.Label, message);
        }
    }
}
