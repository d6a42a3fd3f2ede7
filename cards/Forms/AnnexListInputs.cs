using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Cards.Forms;

/// <summary>
/// An annex list on the form card: its rows so far, each with every column and its own "Sửa"/"Xóa", then "Thêm dòng",
/// the Excel template, and the experts' box where rows may be typed one per line with ";" between cells.
/// </summary>
public static class AnnexListInputs
{
    public static IEnumerable<CardElement> For(FormView view, FormField list)
    {
        var rows = AnnexRows.Read(list, view.Values.GetValueOrDefault(list.Name));
        yield return new TextElement(list.Label + CardText.Get(list.Required || list.MinRows > 0 ? "AskRequired" : "OptionalMark"), TextRole.Heading);
        if (list.Help is not null) yield return new TextElement(list.Help, TextRole.Subtle);
        foreach (var element in RowList(view.SessionId, list, rows)) yield return element;
        if (view.Errors.GetValueOrDefault(list.Name) is { } error) yield return new TextElement(error, TextRole.Attention);

        var session = ("session", view.SessionId.ToString("N"));
        List<CardButton> buttons = [new CardButton(CardText.Get("RowsAdd"), CardData.Action(CardData.AddRow, session, ("field", list.Name)), ButtonStyle.Positive)];
        if (view.TemplateUrl(list) is { } template) buttons.Add(CardButton.Link(CardText.Get("DownloadTemplate"), template));
        yield return new ButtonGroup(buttons);
        yield return new TextElement(CardText.Get("RowsUpload"), TextRole.Subtle);
        yield return new InputElement(list.Name, CardText.Get("RowsShortcut"), InputKind.LongText)
        {
            Value = view.Values.GetValueOrDefault(list.Name + FormInputs.LinesSuffix),
            Help = CardText.Get("RowsHelp"),
        };

        // One line each: a card joins the lines of one text block, and a column's name may itself hold a ";".
        foreach (var column in Columns(list)) yield return new TextElement(column, TextRole.Subtle);
    }

    /// <summary>The rows so far, each under its number with every column, and its own buttons to change or remove it.</summary>
    public static IEnumerable<CardElement> RowList(Guid sessionId, FormField list, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        yield return new TextElement(rows.Count == 0 ? CardText.Get("RowsNone") : CardText.Get("RowsHave", null, rows.Count), TextRole.Subtle);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var args = new[] { ("session", sessionId.ToString("N")), ("field", list.Name), ("row", row) };
            yield return new TextElement(CardText.Get("RowTitle", null, i + 1), TextRole.Heading);
            yield return new FactsElement(AnnexRowFacts.Of(list, rows[i]));
            yield return new ButtonGroup(
            [
                new CardButton(CardText.Get("RowsEdit", null, i + 1), CardData.Action(CardData.EditRow, args)),
                new CardButton(CardText.Get("RowsRemove", null, i + 1), CardData.Action(CardData.RemoveRow, args)),
            ]);
        }
    }

    /// <summary>The columns numbered, in their order, each with its choices and when it is asked (a column's name may itself hold a ";").</summary>
    public static IEnumerable<string> Columns(FormField list) => list.Columns.Select((c, i) => $"({i + 1}) {ColumnHint.For(list, c)}");
}
