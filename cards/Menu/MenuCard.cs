using System.Globalization;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Cards.Menu;

/// <summary>The greeting: the procedures of the person's jurisdiction, grouped by field, one button each.</summary>
public static class MenuCard
{
    /// <param name="agent">The person handles cases: his queue gets a button too.</param>
    public static Card Create(string personName, JurisdictionInfo jurisdiction, IEnumerable<Procedure> procedures, CultureInfo? culture = null, bool agent = false)
    {
        var body = new List<CardElement>
        {
            new TextElement(CardText.Get("Greeting", culture, personName), TextRole.Title),
            new TextElement(CardText.Get("GreetingIntro", culture, jurisdiction.Name)),
        };
        var offered = procedures.ToList();
        // A field the decision leaves unstated ("Không quy định") is no heading a person can read.
        var groups = offered.GroupBy(p => Core.Text.VietnameseText.Fold(p.Field) == "khong quy dinh" ? CardText.Get("MenuOtherField", culture) : p.Field).ToList();
        foreach (var group in groups)
        {
            body.Add(new TextElement(group.Key, TextRole.Heading));
            body.Add(new ButtonGroup([.. group.Select(p => new CardButton(p.DisplayName,
                CardData.Action(CardData.StartProcedure, ("procedure", p.Code))))]));
        }

        if (groups.Count == 0)
        {
            body.Add(new TextElement(CardText.Get("MenuEmpty", culture), TextRole.Warning));
        }

        body.Add(new TextElement(CardText.Get("MenuHint", culture, CommandButtons.Examples(offered, culture)), TextRole.Subtle));
        return new Card
        {
            Body = body,
            Actions =
            [
                CommandButtons.For(CommandKind.MyCases, culture)!,
                .. agent ? [CommandButtons.For(CommandKind.Queue, culture)!] : Array.Empty<CardButton>(),
            ],
            Summary = CardText.Get("MenuSummary", culture, jurisdiction.Name),
            IsMenu = true,
        };
    }
}
