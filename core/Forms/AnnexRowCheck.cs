using System.Text.Json;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>
/// One annex row checked, the same way whether typed on one line, given on the row card or cell by cell: the columns in
/// order, each only when the cells before it show it, required as they make it, then by its rules (an address format
/// that depends on the kind of unit). Shared by <see cref="FormAnswerReader"/> and the row editor.
/// </summary>
public static class AnnexRowCheck
{
    /// <summary>The shown columns with their outcome; a column hidden by the row's other cells is left out.</summary>
    public static IReadOnlyList<(FormField Column, FieldCheck Check)> Check(FieldValueValidator validator, FormField list, IReadOnlyDictionary<string, string> cells)
    {
        var kept = new Dictionary<string, string>();
        var checks = new List<(FormField, FieldCheck)>();
        var answer = Answers(kept);
        foreach (var column in list.Columns.Where(c => AnswerRules.IsShown(c, answer)))
        {
            var check = Cell(validator, column, cells.GetValueOrDefault(column.Name), answer);
            if (check.Ok && check.Value is { } value) kept[column.Name] = Stored(value);
            checks.Add((column, check));
        }

        return checks;
    }

    /// <summary>One cell against the row's other cells (<paramref name="answer"/>: another column's stored answer).</summary>
    public static FieldCheck Cell(FieldValueValidator validator, FormField column, string? raw, Func<string, string?> answer)
    {
        var check = validator.Check(AnswerRules.AsAsked(column, answer), raw);
        return check.Ok && check.Value is { } value && AnswerRules.Broken(column, Stored(value), answer) is { } broken
            ? FieldCheck.Invalid(broken)
            : check;
    }

    /// <summary>A row's cells as the rules read them: an empty cell is no answer.</summary>
    public static Func<string, string?> Answers(IReadOnlyDictionary<string, string> cells) =>
        name => cells.GetValueOrDefault(name) is { Length: > 0 } cell ? cell : null;

    /// <summary>An answer as the rules read it: a string as it is (a choice by its value), anything else as JSON.</summary>
    public static string Stored(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
