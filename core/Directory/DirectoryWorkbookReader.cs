using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using InternalTthc.Core.Forms;

namespace InternalTthc.Core.Directory;

/// <summary>
/// Reads the directory tables of an .xlsx workbook: on each visible sheet, the first rows are searched for a people
/// or units header; the rows below it, up to the first blank row, are its data. Cells are read as annex lists are.
/// </summary>
internal static class DirectoryWorkbookReader
{
    private const int HeaderSearchRows = 20;

    public static (IReadOnlyList<DirectoryTable> Tables, IReadOnlyList<DirectoryFault> Faults) Read(Stream xlsx)
    {
        if (AnnexUpload.Load(xlsx, DirectoryLimits.Spreadsheet, out var bytes) is { } fault)
        {
            return ([], [new DirectoryFault(null, null, null, fault.Message)]);
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            return document.WorkbookPart is { } workbook ? ReadWorkbook(workbook) : ([], [NotWorkbook()]);
        }
        catch (Exception ex) when (DamagedPackage.Threw(ex))
        {
            return ([], [NotWorkbook()]);
        }
    }

    private static DirectoryFault NotWorkbook() => new(null, null, null, FormText.Vietnamese("NotWorkbook"));

    private static (IReadOnlyList<DirectoryTable>, IReadOnlyList<DirectoryFault>) ReadWorkbook(WorkbookPart workbook)
    {
        var contents = AnnexCellContents.Load(workbook);
        var tables = new List<DirectoryTable>();
        var faults = new List<DirectoryFault>();
        foreach (var sheet in AnnexHeaderFinder.VisibleSheets(workbook))
        {
            DirectoryHeader? header = null;
            var rows = new List<DirectoryRow>();
            foreach (var row in AnnexSheetRow.Read(sheet))
            {
                if (header is null)
                {
                    if (row.Number > HeaderSearchRows) break;
                    header = DirectoryHeader.Match(row.Number, [.. row.Cells.Select(c => (c.Key, contents.Read(c.Value).Text))]);
                    continue;
                }

                var values = DirectoryColumn.Of(header.Kind).ToDictionary(c => c.Key,
                    c => header.Columns.TryGetValue(c.Key, out var index) && row.Cells.TryGetValue(index, out var cell)
                        ? AnnexCellValue.For(c.AsField(), contents.Read(cell)) : "", StringComparer.Ordinal);
                if (values.Values.All(v => v.Length == 0)) break;
                rows.Add(new DirectoryRow(row.Number, values));
            }

            if (header is not null)
            {
                faults.AddRange(header.Faults);
                tables.Add(new DirectoryTable(header.Kind, rows));
            }
        }

        return tables.Count == 0 ? ([], [DirectoryHeader.NotFound()]) : (tables, faults);
    }
}
