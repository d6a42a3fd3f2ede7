using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InternalTthc.Core.Forms;

/// <summary>
/// Lays out one worksheet of a template: column widths and styles, text rows, frozen header.
/// Row heights are set here because Excel does not grow merged or wrapped rows by itself.
/// </summary>
internal sealed class AnnexSheetBuilder(AnnexSharedStrings strings)
{
    private const double LineHeight = 16;
    private const double TitleLineHeight = 18;

    private readonly List<(double Width, uint? Style)> _columns = [];
    private readonly List<Row> _rows = [];
    private readonly List<string> _merges = [];
    private int? _frozenRows;

    /// <summary>The number the next row will get.</summary>
    public int NextRow { get; private set; } = 1;

    public AnnexSheetBuilder Column(double width, uint? style = null)
    {
        _columns.Add((width, style));
        return this;
    }

    /// <summary>A row of texts from column A on.</summary>
    public AnnexSheetBuilder Row(uint style, IReadOnlyList<string> texts)
    {
        var lines = texts.Select((t, i) => Lines(t, i < _columns.Count ? _columns[i].Width : 10)).DefaultIfEmpty(1).Max();
        AddRow(style, texts, lines);
        return this;
    }

    /// <summary>One text across every column (a merged cell), for titles and notes.</summary>
    public AnnexSheetBuilder SpanningRow(uint style, string text)
    {
        if (_columns.Count > 1)
        {
            _merges.Add($"A{NextRow}:{CellReferences.Cell(_columns.Count, NextRow)}");
        }

        AddRow(style, [text], Lines(text, _columns.Sum(c => c.Width)));
        return this;
    }

    public AnnexSheetBuilder SkipRow()
    {
        NextRow++;
        return this;
    }

    /// <summary>Keeps the rows written so far in view while scrolling.</summary>
    public AnnexSheetBuilder FreezeRowsAbove()
    {
        _frozenRows = NextRow - 1;
        return this;
    }

    public Worksheet Build(bool selected)
    {
        var worksheet = new Worksheet(Views(selected));
        if (_columns.Count > 0)
        {
            worksheet.Append(new Columns(_columns.Select((c, i) => new Column
            {
                Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true, Style = c.Style,
            })));
        }

        worksheet.Append(new SheetData(_rows));
        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        }

        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape });
        return worksheet;
    }

    private SheetViews Views(bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null };
        if (_frozenRows is { } rows and > 0)
        {
            var topLeft = CellReferences.Cell(1, rows + 1);
            view.Append(
                new Pane { VerticalSplit = rows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return new SheetViews(view);
    }

    private void AddRow(uint style, IReadOnlyList<string> texts, int lines)
    {
        var number = NextRow++;
        var row = new Row
        {
            RowIndex = (uint)number,
            Height = lines * (style == AnnexStyles.Title ? TitleLineHeight : LineHeight),
            CustomHeight = true,
        };
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].Length == 0) continue;
            row.Append(new Cell
            {
                CellReference = CellReferences.Cell(i + 1, number),
                DataType = CellValues.SharedString,
                CellValue = new CellValue(strings.IndexOf(texts[i]).ToString(CultureInfo.InvariantCulture)),
                StyleIndex = style,
            });
        }

        _rows.Add(row);
    }

    // A column width counts characters of the default font; bold and diacritics take a little more room.
    private static int Lines(string text, double width)
    {
        var perLine = Math.Max(1, (int)(width * 0.9));
        return text.Split('\n').Sum(line => Math.Max(1, (line.Length + perLine - 1) / perLine));
    }
}
