using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>What the row editor shows: the row card on card channels; on text channels the list with its buttons, and one cell at a time.</summary>
public static class RowPrompts
{
    /// <summary>The row being added or changed, of <paramref name="list"/> as the session asks it (its sub-case's columns).</summary>
    public static Card Row(FormContext ctx, FormView view, FormField list, RowDraft draft, IReadOnlyDictionary<string, string>? errors)
    {
        var number = (draft.Index ?? AnnexRows.Read(list, view.Values.GetValueOrDefault(list.Name)).Count) + 1;
        if (ctx.ShowsCards)
        {
            return RowCard.Create(view, list, number, draft.Index is null, draft.Cells, errors ?? new Dictionary<string, string>());
        }

        var column = AnswerRules.AsAsked(list.Columns.First(c => c.Name == draft.Column), AnnexRowCheck.Answers(draft.Cells));
        var position = list.Columns.ToList().IndexOf(column) + 1;
        var body = new List<CardElement>();
        if (errors?.Values.FirstOrDefault() is { } error) body.Add(new TextElement(error, TextRole.Attention));
        body.Add(new TextElement(CardText.Get("AskRowCell", null, number, position, list.Columns.Count, column.Label,
            CardText.Get(column.Required ? "AskRequired" : "AskOptional")), TextRole.Heading));
        if (column.Help is not null) body.Add(new TextElement(column.Help, TextRole.Subtle));
        // Asked because of another cell of the row: say which, as the card's hint does.
        if ((column.ShownWhen ?? column.RequiredWhen) is not null && ColumnHint.Conditions(list, column) is { } when) body.Add(new TextElement(when, TextRole.Subtle));
        if (column.Choices.Count > 0)
        {
            body.Add(new TextElement(CardText.Get("AskChoices"), TextRole.Subtle));
            body.Add(new ButtonGroup([.. column.Choices.Select(o => new CardButton(o.Label, CardData.Action(CardData.Answer, ("session", view.SessionId.ToString("N")), ("value", o.Value))))]));
        }

        body.Add(new TextElement(CardText.Get("RowCellCommands"), TextRole.Subtle));
        return new Card { Body = body, Summary = column.Label };
    }

    /// <summary>A text channel's question for a whole list: the rows so far, "Thêm dòng", "Xong", and the other ways in.</summary>
    public static IEnumerable<CardElement> List(FormView view, FormField list, Uri? template)
    {
        var rows = AnnexRows.Read(list, view.Values.GetValueOrDefault(list.Name));
        foreach (var element in AnnexListInputs.RowList(view.SessionId, list, rows)) yield return element;
        var session = ("session", view.SessionId.ToString("N"));
        List<CardButton> buttons = [new CardButton(CardText.Get("RowsAdd"), CardData.Action(CardData.AddRow, session, ("field", list.Name)))];
        if (rows.Count > 0) buttons.Add(new CardButton(CardText.Get("RowsDone"), CardData.Action(CardData.RowsDone, session)) { Command = "xong" });
        yield return new ButtonGroup(buttons);
        yield return new TextElement(CardText.Get("AskRows", null, string.Join("\n", AnnexListInputs.Columns(list))), TextRole.Subtle);
        if (template is not null) yield return new ButtonGroup([CardButton.Link(CardText.Get("DownloadTemplate"), template)]);
    }
}
