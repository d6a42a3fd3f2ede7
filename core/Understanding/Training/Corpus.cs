using System.Text.Json;

namespace InternalTthc.Core.Understanding.Training;

/// <summary>Reads a corpus split: `kind TAB text [TAB flags]` per line, '#' comments; a bad line is named with its number.</summary>
public static class Corpus
{
    public const string Train = "train";
    public const string Dev = "dev";
    public const string Test = "test";

    /// <summary>The split's file in a corpus folder ("…/Corpus/test.tsv").</summary>
    public static IReadOnlyList<CorpusRow> Read(string folder, string split) => Read(Path.Combine(folder, split + ".tsv"));

    public static IReadOnlyList<CorpusRow> Read(string path)
    {
        var rows = new List<CorpusRow>();
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i][0] == '#') continue;
            rows.Add(Row(lines[i]) ?? throw new InvalidDataException($"{Path.GetFileName(path)}:{i + 1}: expected 'kind<TAB>text[<TAB>flags]' with known kind and flags: {lines[i]}"));
        }
        return rows;
    }

    private static CorpusRow? Row(string line)
    {
        var cells = line.Split('\t');
        if (cells.Length is < 2 or > 3 || UtteranceKinds.Parse(cells[0]) is not { } kind || cells[1].Trim().Length == 0)
        {
            return null;
        }
        var row = new CorpusRow(kind, cells[1].Trim());
        foreach (var flag in cells.Length == 3 ? cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
        {
            var (name, value) = flag.IndexOf('=') is var eq and > 0 ? (flag[..eq], flag[(eq + 1)..]) : (flag, "");
            row = name switch
            {
                "hard" => row with { Hard = true },
                "about" when UtteranceKinds.Parse(value) is { } about => row with { About = about },
                "topic" when Topic(value) is { } topic => row with { Topic = topic },
                _ => null,
            };
            if (row is null) return null;
        }
        return row;
    }

    private static InfoTopic? Topic(string name) =>
        Enum.GetValues<InfoTopic>().Cast<InfoTopic?>().FirstOrDefault(t => JsonNamingPolicy.KebabCaseLower.ConvertName(t!.Value.ToString()) == name);
}
