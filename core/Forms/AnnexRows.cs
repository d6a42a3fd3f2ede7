using System.Text.Json;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>
/// An annex list as typed, before it is checked: each row's cell text by column name. Kept as JSON, so a cell may hold
/// any character (";" too); the older form, one row per line with cells separated by ";" in the published column
/// order, is still read — it is the experts' shortcut.
/// </summary>
public static class AnnexRows
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(FormField field, string? raw)
    {
        var text = (raw ?? "").Trim();
        if (text.Length == 0) return [];
        if (text.StartsWith("[{", StringComparison.Ordinal) || text == "[]")
        {
            try
            {
                return JsonSerializer.Deserialize<List<Dictionary<string, string>>>(text) ?? [];
            }
            catch (JsonException)
            {
                // Not ours after all: read as typed lines.
            }
        }

        return FromLines(field, text);
    }

    /// <summary>Rows typed one per line, cells separated by ";" in the column order.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> FromLines(FormField field, string lines) =>
        [.. lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var cells = line.Split(';');
            return (IReadOnlyDictionary<string, string>)field.Columns.Select((c, i) => (c.Name, Cell: i < cells.Length ? cells[i].Trim() : ""))
                .Where(x => x.Cell.Length > 0).ToDictionary(x => x.Name, x => x.Cell);
        })];

    /// <summary>The rows as kept in a form's answers; no rows is no answer ("").</summary>
    public static string Write(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var kept = rows.Select(r => r.Where(c => c.Value.Length > 0).ToDictionary()).ToList();
        return kept.Count == 0 ? "" : JsonSerializer.Serialize(kept);
    }
}
