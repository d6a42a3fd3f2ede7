using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
// InternalTthc.Core.Text is a namespace: the run text element goes by another name.
using RunText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace InternalTthc.Core.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as .docx: A4, margins 20/20/30/15 mm, Times New Roman 14 (13 for the motto,
/// 12 and 11 for "Nơi nhận"), the header and the signature as borderless two-column tables, the annex on a new page.
/// </summary>
public static class DocxWriter
{
    private const string Font = "Times New Roman";

    public static byte[] Write(OfficialDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font }, new FontSize { Val = "28" }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
            var body = new Body();
            body.Append(Columns(
                [.. d.Issuer.Select((line, i) => Line(line, bold: i == d.Issuer.Count - 1, size: 26)), Line("-------", size: 26), Blank(), Line(d.Number, size: 26),
                    .. d.Subject is { } subject ? [Line(subject, size: 24)] : Array.Empty<Paragraph>()],
                [Line(DocumentText.Get("Motto1"), bold: true, size: 26), Line(DocumentText.Get("Motto2"), bold: true), Line("---------------"), Blank(),
                    Line(d.PlaceDate, italic: true)],
                leftShare: 40));
            body.Append(Blank(), Line(d.Addressee, align: JustificationValues.Center), Blank());
            foreach (var text in d.Body) body.Append(Text(text));
            body.Append(Blank());
            body.Append(Columns(
                [Line(DocumentText.Get("Recipients"), bold: true, italic: true, size: 24, align: JustificationValues.Left), .. d.Recipients.Select(r => Line(r, size: 22, align: JustificationValues.Left))],
                [Line(d.SignerTitle, bold: true), .. d.SignerNote is { } note ? [Line(note, italic: true)] : Array.Empty<Paragraph>(), Blank(), Blank(), Blank(),
                    .. d.SignerName is { } name ? [Line(name, bold: true)] : Array.Empty<Paragraph>()],
                leftShare: 50));
            if (d.AnnexTitle.Count > 0)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                foreach (var (line, i) in d.AnnexTitle.Select((l, i) => (l, i))) body.Append(Line(line, bold: i < 2, italic: i >= 2));
                foreach (var table in d.AnnexTables)
                {
                    body.Append(Blank(), Line(table.Heading, bold: true, align: JustificationValues.Left), Grid(table));
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return memory.ToArray();
    }

    private static Paragraph Line(string text, bool bold = false, bool italic = false, int size = 28, JustificationValues? align = null) =>
        new(new ParagraphProperties(new Justification { Val = align ?? JustificationValues.Center }), Run(text, bold, italic, size));

    /// <summary>A paragraph of the body: justified, its first line indented 1 cm, a little space after.</summary>
    private static Paragraph Text(string text) => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Both }, new Indentation { FirstLine = "567" }, new SpacingBetweenLines { After = "120" }),
        Run(text, false, false, 28));

    private static Paragraph Blank() => new();

    private static Run Run(string text, bool bold, bool italic, int size)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(properties, new RunText(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>Two columns without borders (issuer | motto, recipients | signer).</summary>
    private static Table Columns(IEnumerable<Paragraph> left, IEnumerable<Paragraph> right, int leftShare)
    {
        const int Width = 9354; // A4 less the margins, in twentieths of a point
        var leftWidth = Width * leftShare / 100;
        var table = new Table(new TableProperties(
            new TableWidth { Width = $"{Width}", Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        table.Append(new TableGrid(new GridColumn { Width = $"{leftWidth}" }, new GridColumn { Width = $"{Width - leftWidth}" }));
        table.Append(new TableRow(Cell(left, leftWidth), Cell(right, Width - leftWidth)));
        return table;
    }

    private static TableCell Cell(IEnumerable<Paragraph> paragraphs, int width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs.DefaultIfEmpty(Blank()));
        return cell;
    }

    /// <summary>An annex table: thin borders, the header row bold and repeated on each page.</summary>
    private static Table Grid(DocumentTable t)
    {
        var border = (uint)4;
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = border }, new BottomBorder { Val = BorderValues.Single, Size = border },
                new LeftBorder { Val = BorderValues.Single, Size = border }, new RightBorder { Val = BorderValues.Single, Size = border },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = border }, new InsideVerticalBorder { Val = BorderValues.Single, Size = border })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(t.Columns.Select(c => new TableCell(Line(c, bold: true, size: 24))));
        table.Append(header);
        foreach (var row in t.Rows)
        {
            table.Append(new TableRow(row.Select((c, i) => new TableCell(Line(c, size: 24, align: i == 0 ? JustificationValues.Center : JustificationValues.Left)))));
        }

        return table;
    }
}
