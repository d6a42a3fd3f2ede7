using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Forms;

/// <summary>What will be sent, for the person to confirm, change one answer, or cancel.</summary>
public static class SummaryCard
{
    /// <param name="lists">The annex lists, shown whole under the answers: every row, every column.</param>
    public static Card Create(FormView view, IReadOnlyList<Fact> answers, IReadOnlyList<AnnexList> lists)
    {
        var session = ("session", view.SessionId.ToString("N"));
        var question = view.Procedure.Flow == ProcedureFlow.Question;
        return new Card
        {
            Body =
            [
                new TextElement(CardText.Get(question ? "SummaryQuestionTitle" : "SummaryTitle"), TextRole.Title),
                new TextElement(view.Title, TextRole.Heading),
                new FactsElement(answers),
                .. lists.Where(l => l.Rows.Count > 0).SelectMany(Table),
                .. DeadlineLines.For(view.Procedure, question ? "SummaryQuestionDeadline" : "SummaryDeadline"),
                .. view.Dates.Select(d => new TextElement(d, TextRole.Warning)),
                .. question ? [new TextElement(CardText.Get("QuestionWillBePublished"), TextRole.Warning)] : Array.Empty<CardElement>(),
            ],
            Actions =
            [
                new CardButton(CardText.Get(question ? "ButtonSubmitQuestion" : "ButtonSubmitCase"), CardData.Action(CardData.ConfirmForm, session), ButtonStyle.Positive) { Command = "gửi" },
                new CardButton(CardText.Get("ButtonEdit"), CardData.Action(CardData.PickFieldToEdit, session)) { Command = "sửa" },
                new CardButton(CardText.Get("ButtonCancel"), CardData.Action(CardData.CancelForm, session)) { Command = "hủy" },
            ],
            Summary = CardText.Get("SummaryTitle"),
        };
    }

    private static IEnumerable<CardElement> Table(AnnexList list)
    {
        yield return new TextElement(CardText.Get("RowsTable", null, list.Field.Label, list.Rows.Count), TextRole.Heading);
        for (var i = 0; i < list.Rows.Count; i++)
        {
            yield return new TextElement(CardText.Get("RowTitle", null, i + 1));
            yield return new FactsElement(AnnexRowFacts.Of(list.Field, list.Rows[i]));
        }
    }

    /// <summary>One button per answer, to change just that one.</summary>
    public static Card PickField(FormView view) => new()
    {
        Body =
        [
            new TextElement(CardText.Get("PickFieldTitle"), TextRole.Heading),
            new ButtonGroup([.. view.Fields.Select(f => new CardButton(f.Label,
                CardData.Action(CardData.EditField, ("session", view.SessionId.ToString("N")), ("field", f.Name))))]),
        ],
        Summary = CardText.Get("PickFieldTitle"),
    };
}
