using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Cards.Forms;

/// <summary>One annex row being added or changed: a labelled input per column (choices as a drop-down), each cell's error under it.</summary>
public static class RowCard
{
    /// <summary>Prefix of a cell's input id, so a column never clashes with a field of the form.</summary>
    public const string CellPrefix = "cell_";

    /// <param name="number">The row's number in the list (1-based).</param>
    public static Card Create(FormView view, FormField list, int number, bool isNew, IReadOnlyDictionary<string, string> cells, IReadOnlyDictionary<string, string> errors)
    {
        var body = new List<CardElement>
        {
            new TextElement(view.Title, TextRole.Subtle),
            new TextElement(CardText.Get(isNew ? "RowNewTitle" : "RowEditTitle", null, number, list.Label), TextRole.Heading),
        };
        if (errors.Count > 0) body.Add(new TextElement(CardText.Get("RowHasErrors", null, errors.Count), TextRole.Attention));
        foreach (var column in list.Columns)
        {
            var options = column.Choices.Select(c => new FieldOption(c.Value, c.Label)).ToList();
            body.AddRange(FormInputs.For(Shown(list, column), cells.GetValueOrDefault(column.Name), errors.GetValueOrDefault(column.Name), options)
                .Select(e => e is InputElement { Kind: InputKind.Choice or InputKind.MultiChoice } choice ? choice with { DropDown = true } : e));
        }

        var session = ("session", view.SessionId.ToString("N"));
        return new Card
        {
            Body = body,
            Actions =
            [
                new CardButton(CardText.Get("RowSave"), CardData.Action(CardData.SaveRow, session), ButtonStyle.Positive),
                new CardButton(CardText.Get("RowSaveAndAdd"), CardData.Action(CardData.SaveRowAndAdd, session)),
                new CardButton(CardText.Get("RowBack"), CardData.Action(CardData.CancelRow, session)),
            ],
            Summary = CardText.Get(isNew ? "RowNewTitle" : "RowEditTitle", null, number, list.Label),
        };
    }

    /// <summary>
    /// A column's input: one asked or required only for some rows says when and is not marked required, since the card
    /// cannot know the row's other cells before it is saved (the server checks them then).
    /// </summary>
    private static FormField Shown(FormField list, FormField column) => column.ShownWhen is null && column.RequiredWhen is null
        ? column with { Name = CellPrefix + column.Name }
        : column with
        {
            Name = CellPrefix + column.Name,
            Required = false,
            Help = string.Join(" ", new[] { column.Help, ColumnHint.Conditions(list, column) }.OfType<string>()),
        };
}
