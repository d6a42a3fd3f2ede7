using InternalTthc.Cards.Model;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Forms;

/// <summary>One annex row as a person reads it: every column under its label, a choice by its label, an empty cell "—".</summary>
public static class AnnexRowFacts
{
    public static IReadOnlyList<Fact> Of(FormField list, IReadOnlyDictionary<string, string> row) =>
        [.. list.Columns.Select(c => new Fact(c.Label, Shown(c, row.GetValueOrDefault(c.Name))))];

    private static string Shown(FormField column, string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return "—";
        if (column.Choices.Count == 0) return cell;
        var values = column.Type == FieldType.MultiChoice ? cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [cell.Trim()];
        return string.Join(", ", values.Select(v => column.Choices.FirstOrDefault(c => c.Value == v)?.Label ?? v));
    }
}
