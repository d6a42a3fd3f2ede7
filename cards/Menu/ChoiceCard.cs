using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Menu;

/// <summary>When the words fit several procedures: ask which one, with a button each.</summary>
public static class ChoiceCard
{
    public static Card Create(IEnumerable<(Procedure Procedure, SubCase? SubCase)> candidates) => new()
    {
        Body =
        [
            new TextElement(CardText.Get("WhichProcedure"), TextRole.Heading),
            new ButtonGroup([.. candidates.Select(c => new CardButton(c.SubCase is null ? c.Procedure.DisplayName : $"{c.Procedure.DisplayName}: {c.SubCase.Name}",
                c.SubCase is null ? CardData.Action(CardData.StartProcedure, ("procedure", c.Procedure.Code))
                    : CardData.Action(CardData.StartProcedure, ("procedure", c.Procedure.Code), ("subCase", c.SubCase.Code))))]),
        ],
        Summary = CardText.Get("WhichProcedure"),
    };
}
