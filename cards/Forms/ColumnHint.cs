using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Forms;

/// <summary>A column of a list as people read it before typing rows: its label, the choices by number, when it is asked.</summary>
public static class ColumnHint
{
    public static string For(FormField rows, FormField column)
    {
        var text = column.Label;
        if (column.Choices.Count > 0)
        {
            text += $" ({string.Join(", ", column.Choices.Select((c, i) => $"{i + 1} = {c.Label}"))})";
        }

        return Conditions(rows, column) is { } when ? $"{text} {when}" : text;
    }

    /// <summary>When the column is asked or required, by the row's other cells; "(không bắt buộc)" for an optional one.</summary>
    public static string? Conditions(FormField rows, FormField column)
    {
        var parts = new List<string>();
        if (column.ShownWhen is { } shown && shown == column.RequiredWhen) parts.Add(When("ColumnOnlyWhen", rows, shown));
        else if (column.ShownWhen is { } onlyShown) parts.Add(When("ColumnShownWhen", rows, onlyShown));
        if (column.RequiredWhen is { } required && required != column.ShownWhen) parts.Add(When("ColumnRequiredWhen", rows, required));
        else if (column.RequiredWhen is null && !column.Required) parts.Add(CardText.Get("ColumnOptional"));
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string When(string key, FormField rows, FieldCondition c)
    {
        var other = rows.Columns.FirstOrDefault(x => x.Name == c.Field);
        var values = c.Values.Select(v => other?.Choices.FirstOrDefault(ch => ch.Value == v)?.Label ?? v).ToList();
        return values.Count == 0
            ? CardText.Get(key + "Answered", null, other?.Label ?? c.Field)
            : CardText.Get(key, null, other?.Label ?? c.Field, string.Join(" / ", values));
    }
}
