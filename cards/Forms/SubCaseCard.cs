using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Forms;

/// <summary>Which published case of the procedure applies (new user, transfer, renamed unit, leaving...).</summary>
public static class SubCaseCard
{
    public static Card Create(Procedure procedure, Guid sessionId) => new()
    {
        Body =
        [
            new TextElement(procedure.DisplayName, TextRole.Title),
            new TextElement(CardText.Get("ChooseSubCase")),
            new ButtonGroup([.. procedure.SubCases.Select(s => new CardButton(s.Name,
                CardData.Action(CardData.ChooseSubCase, ("session", sessionId.ToString("N")), ("subCase", s.Code))))]),
        ],
        Actions = [new CardButton(CardText.Get("ButtonCancel"), CardData.Action(CardData.CancelForm, ("session", sessionId.ToString("N")))) { Command = "hủy" }],
        Summary = procedure.DisplayName,
    };
}
