using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Menu;

/// <summary>A jurisdiction's procedures to read about (for people not linked yet): one button each, grouped by field.</summary>
public static class ProcedureListCard
{
    public static Card Create(JurisdictionInfo jurisdiction, IEnumerable<Procedure> procedures)
    {
        var body = new List<CardElement> { new TextElement(CardText.Get("MenuSummary", null, jurisdiction.Name), TextRole.Title) };
        foreach (var group in procedures.GroupBy(p => p.Field))
        {
            body.Add(new TextElement(group.Key, TextRole.Heading));
            body.Add(new ButtonGroup([.. group.Select(p => new CardButton(p.DisplayName, CardData.Action(CardData.ShowProcedure, ("procedure", p.Code))))]));
        }

        return new Card { Body = body, Summary = CardText.Get("MenuSummary", null, jurisdiction.Name) };
    }
}
