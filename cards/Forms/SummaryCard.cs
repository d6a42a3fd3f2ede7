using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Forms;

/// <summary>What will be sent, for the person to confirm, change one answer, or cancel.</summary>
public static class SummaryCard
{
    public static Card Create(FormView view, IReadOnlyList<Fact> answers)
    {
        var session = ("session", view.SessionId.ToString("N"));
        return new Card
        {
            Body =
            [
                new TextElement(CardText.Get("SummaryTitle"), TextRole.Title),
                new TextElement(view.Title, TextRole.Heading),
                new FactsElement(answers),
                new TextElement(CardText.Get("SummaryDeadline", null, PublishedText.Of(view.Procedure.Published.DeadlineText)), TextRole.Subtle),
                .. view.Dates.Select(d => new TextElement(d, TextRole.Warning)),
            ],
            Actions =
            [
                new CardButton(CardText.Get("ButtonSubmitCase"), CardData.Action(CardData.ConfirmForm, session), ButtonStyle.Positive) { Command = "gửi" },
                new CardButton(CardText.Get("ButtonEdit"), CardData.Action(CardData.PickFieldToEdit, session)) { Command = "sửa" },
                new CardButton(CardText.Get("ButtonCancel"), CardData.Action(CardData.CancelForm, session)) { Command = "hủy" },
            ],
            Summary = CardText.Get("SummaryTitle"),
        };
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
