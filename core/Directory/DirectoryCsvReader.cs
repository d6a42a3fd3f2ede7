using System.Text;

namespace InternalTthc.Core.Directory;

/// <summary>
/// Reads one directory table from a CSV file (RFC 4180: commas or semicolons, as Excel saves for Vietnamese, quotes
/// doubled inside quoted values, UTF-8 with or without its mark). The first non-blank line is the header.
/// </summary>
internal static class DirectoryCsvReader
{
    public static (IReadOnlyList<DirectoryTable> Tables, IReadOnlyList<DirectoryFault> Faults) Read(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return ([], [DirectoryFault.OfFile("NotText")]);
        }

        var lines = Lines(text);
        if (lines is null)
        {
            return ([], [DirectoryFault.OfFile("BadCsv", UnclosedLine(text))]);
        }

        var first = lines.FindIndex(l => l.Cells.Any(c => c.Length > 0));
        var header = first < 0 ? null
            : DirectoryHeader.Match(lines[first].Number, [.. lines[first].Cells.Select((text, index) => (index, text))]);
        if (header is null)
        {
            return ([], [DirectoryHeader.NotFound()]);
        }

        var rows = lines.Skip(first + 1).Where(l => l.Cells.Any(c => c.Length > 0)).Take(DirectoryLimits.MaxRows + 1)
            .Select(l => new DirectoryRow(l.Number, DirectoryColumn.Of(header.Kind).ToDictionary(c => c.Key,
                c => header.Columns.TryGetValue(c.Key, out var i) && i < l.Cells.Count ? l.Cells[i].Trim().Normalize(NormalizationForm.FormC) : "",
                StringComparer.Ordinal)))
            .ToList();
        return rows.Count > DirectoryLimits.MaxRows
            ? ([], [DirectoryFault.OfFile("TooManyRows", DirectoryLimits.MaxRows)])
            : ([new DirectoryTable(header.Kind, rows)], header.Faults);
    }

    /// <summary>The file's records with the line each starts on; null when a quote is never closed.</summary>
    private static List<(int Number, List<string> Cells)>? Lines(string text)
    {
        var separator = Separator(text);
        var records = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, start, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { cell.Append(c); line += c == '\n' ? 1 : 0; }
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                cells.Add(cell.ToString());
                records.Add((start, cells));
                (cells, cell, line) = (new List<string>(), new StringBuilder(), line + 1);
                start = line;
            }
            else cell.Append(c);
        }

        if (quoted) return null;
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((start, cells));
        }

        return records;
    }

    /// <summary>Excel saves CSV with semicolons where the decimal mark is a comma (as in Vietnamese): the header says which.</summary>
    private static char Separator(string text)
    {
        var header = text.Split('\n', 2)[0];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    private static int UnclosedLine(string text)
    {
        var (line, opened, quoted) = (1, 1, false);
        foreach (var c in text)
        {
            if (c == '"') { quoted = !quoted; if (quoted) opened = line; }
            if (c == '\n') line++;
        }

        return opened;
    }
}
