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

        if (column.ShownWhen is { } shown && shown == column.RequiredWhen) text += " " + When("ColumnOnlyWhen", rows, shown);
        else if (column.ShownWhen is { } onlyShown) text += " " + When("ColumnShownWhen", rows, onlyShown);
        if (column.RequiredWhen is { } required && required != column.ShownWhen) text += " " + When("ColumnRequiredWhen", rows, required);
        else if (column.RequiredWhen is null && !column.Required) text += " " + CardText.Get("ColumnOptional");
        return text;
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
