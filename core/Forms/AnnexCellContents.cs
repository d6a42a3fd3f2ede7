using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
// InternalTthc.Core.Text is a namespace: the cell text element goes by another name.
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace InternalTthc.Core.Forms;

/// <summary>Reads cells of one workbook: shared and inline strings, numbers, dates by their style.</summary>
internal sealed class AnnexCellContents
{
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly HashSet<uint> _dateStyles;

    private AnnexCellContents(IReadOnlyList<string> sharedStrings, HashSet<uint> dateStyles)
    {
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
    }

    public static AnnexCellContents Load(WorkbookPart workbook)
    {
        var strings = workbook.SharedStringTablePart is { } part
            ? AnnexXml.Elements<SharedStringItem>(part).Select(RichText).ToList()
            : [];
        return new AnnexCellContents(strings, DateStyles(workbook.WorkbookStylesPart?.Stylesheet));
    }

    public AnnexCell Read(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return new(int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < _sharedStrings.Count ? _sharedStrings[i] : "");
        }

        if (type == CellValues.InlineString) return new(cell.InlineString is { } inline ? RichText(inline) : raw);
        if (type == CellValues.Boolean) return new(raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw);
        if (type == CellValues.Date)
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new(raw, date.ToOADate(), DateStyled: true)
                : new(raw);
        }

        if (type is null or CellValues.Number && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new(raw, number, _dateStyles.Contains(cell.StyleIndex?.Value ?? 0));
        }

        return new(raw);
    }

    // Phonetic runs (rPh) are reading aids, not the text; only the plain text or the rich-text runs count.
    private static string RichText(OpenXmlElement item) =>
        item.GetFirstChild<CellText>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static HashSet<uint> DateStyles(Stylesheet? stylesheet)
    {
        var codes = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? [];
        var styles = new HashSet<uint>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (AnnexDateFormats.IsDate(id, codes.GetValueOrDefault(id))) styles.Add(index);
            index++;
        }

        return styles;
    }
}
