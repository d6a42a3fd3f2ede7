using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Files;

namespace InternalTthc.Cards.Cases;

/// <summary>
/// "Nội dung đề nghị" on a case card: who filed it and when, the sub-case, every answer under its label, each annex
/// list row by row (a long one cut short, with its full list as .xlsx), the files. Everything typed is shown literally.
/// </summary>
public static class CaseContentSection
{
    /// <summary>Rows of an annex list shown on a card; the rest are in the .xlsx.</summary>
    public const int MaxRows = 10;

    /// <summary>Length of the one-line content of a queue or list row.</summary>
    private const int CompactLength = 200;

    public static IEnumerable<CardElement> Create(CaseView c, int maxRows = MaxRows)
    {
        if (c.Content is not { } content)
        {
            return Files(c.Files, c.IsQuestion);
        }

        var body = new List<CardElement>
        {
            new TextElement(CardText.Get("CaseContentHeading"), TextRole.Heading),
            new FactsElement([.. Filing(content), .. content.Answers.Select(a => new Fact(a.Label, a.Value))]),
        };
        var numbered = content.Tables.Count > 1;
        foreach (var (table, i) in content.Tables.Select((t, i) => (t, i + 1)))
        {
            body.Add(new TextElement(CardText.Get("CaseTableHeading", null, table.Label, table.Rows.Count), TextRole.Subheading));
            body.Add(new TableElement(table.Columns, [.. table.Rows.Take(maxRows).Select((r, n) => new TableRow(CardText.Get("CaseTableRow", null, n + 1), r))]));
            if (table.Rows.Count > maxRows)
            {
                body.Add(new TextElement(CardText.Get("CaseTableShortened", null, maxRows, table.Rows.Count), TextRole.Subtle));
                if (c.AnnexLinks.GetValueOrDefault(table.FieldName) is { } url)
                {
                    var title = numbered ? CardText.Get("CaseTableDownloadNumbered", null, table.Rows.Count, i) : CardText.Get("CaseTableDownload", null, table.Rows.Count);
                    body.Add(new ButtonGroup([CardButton.Link(title, url)]));
                }
            }
        }

        body.AddRange(Files(c.Files, c.IsQuestion));
        if (content.Masked) body.Add(new TextElement(CardText.ForCase(c.IsQuestion, "CaseContentMasked"), TextRole.Subtle));
        return body;
    }

    /// <summary>The content in two facts, for a row of a queue or a list: who filed it, and what is asked, cut short.</summary>
    public static IReadOnlyList<Fact> Compact(CaseContent content)
    {
        var parts = new List<string>();
        if (content.SubCase is { } subCase) parts.Add(subCase);
        parts.AddRange(content.Tables.Select(t => CardText.Get("RowsCount", null, t.Rows.Count,
            string.Join(", ", t.Rows.Take(3).Select(r => r.FirstOrDefault(cell => cell.Length > 0) ?? "?")) + (t.Rows.Count > 3 ? ", …" : ""))));
        parts.AddRange(content.Answers.Select(a => $"{a.Label}: {a.Value}"));
        var what = string.Join("; ", parts);
        return
        [
            new Fact(CardText.Get("CaseFiler"), Filer(content.Filer)),
            .. what.Length == 0 ? Array.Empty<Fact>() : [new Fact(CardText.Get("CaseContentCompact"), what.Length <= CompactLength ? what : what[..(CompactLength - 1)] + "…")],
        ];
    }

    private static IEnumerable<Fact> Filing(CaseContent content)
    {
        if (content.SubCase is { } subCase) yield return new Fact(CardText.Get("CaseSubCase"), subCase);
        yield return new Fact(CardText.Get("CaseFiler"), Filer(content.Filer));
        var contact = string.Join(", ", new[] { content.Filer.Phone, content.Filer.Email }.Where(x => !string.IsNullOrWhiteSpace(x)));
        if (contact.Length > 0) yield return new Fact(CardText.Get("CaseFilerContact"), contact);
        if (content.FiledAt is { } at) yield return new Fact(CardText.Get("CaseFiledAt"), VietnamTime.Format(at));
    }

    private static string Filer(CaseFiler f) => f.Position is { Length: > 0 } position
        ? CardText.Get("CaseFilerValuePosition", null, f.Name, position, f.Unit)
        : CardText.Get("CaseFilerValue", null, f.Name, f.Unit);

    private static IEnumerable<CardElement> Files(IReadOnlyList<CaseFileView> files, bool question) => files.Count == 0 ? [] :
    [
        new TextElement(CardText.ForCase(question, "CaseFilesHeading"), TextRole.Subheading),
        new ButtonGroup([.. files.Select(Link)]),
    ];

    /// <summary>A file kept with the case as a link to download it, named with its size.</summary>
    public static CardButton Link(CaseFileView file) => CardButton.Link(CardText.Get("CaseFileLink", null, file.Name, FileSizes.Format(file.Size)), file.Url, file.File);
}
