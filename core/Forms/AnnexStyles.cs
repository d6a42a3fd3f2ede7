using DocumentFormat.OpenXml.Spreadsheet;

namespace InternalTthc.Core.Forms;

/// <summary>The cell styles of annex templates; the constants are indexes into the cell formats.</summary>
internal static class AnnexStyles
{
    public const uint Title = 1;
    public const uint Note = 2;
    public const uint Header = 3;

    /// <summary>Text format ("@"), so Excel keeps the leading zero of 0912… and 079…</summary>
    public const uint TextCell = 4;

    public const uint DateCell = 5;
    public const uint DateTimeCell = 6;
    public const uint Wrapped = 7;

    private const uint TextFormat = 49;
    private const uint DateFormat = 164;
    private const uint DateTimeFormat = 165;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = DateTimeFormat, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 2 },
        // Times New Roman 12 is the font of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP).
        new Fonts(Font(12), Font(13, bold: true), Font(12, bold: true), Font(12, italic: true)) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(),
            Format(fontId: 1, wrap: true),
            Format(fontId: 3, wrap: true),
            Format(fontId: 2, fillId: 2, borderId: 1, wrap: true, centered: true),
            Format(numberFormatId: TextFormat),
            Format(numberFormatId: DateFormat),
            Format(numberFormatId: DateTimeFormat),
            Format(wrap: true)) { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(double size, bool bold = false, bool italic = false)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        if (italic) font.Append(new Italic());
        font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 });
        return font;
    }

    private static CellFormat Format(uint numberFormatId = 0, uint fontId = 0, uint fillId = 0, uint borderId = 0, bool wrap = false, bool centered = false)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormatId, FontId = fontId, FillId = fillId, BorderId = borderId, FormatId = 0,
            ApplyNumberFormat = numberFormatId != 0, ApplyFont = fontId != 0, ApplyFill = fillId != 0, ApplyBorder = borderId != 0,
        };
        if (wrap || centered)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment
            {
                WrapText = wrap,
                Vertical = centered ? VerticalAlignmentValues.Center : VerticalAlignmentValues.Top,
                Horizontal = centered ? HorizontalAlignmentValues.Center : null,
            });
        }

        return format;
    }
}
