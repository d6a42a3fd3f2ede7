using System.Globalization;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Menu;

/// <summary>For a channel account linked to nobody: a clear answer, what still works, and how to get linked.</summary>
public static class UnlinkedCard
{
    /// <param name="jurisdictions">Whose procedures may still be read, one button each.</param>
    /// <param name="asksForPhone">The channel can ask for the phone number (Zalo): linking by it is offered first.</param>
    public static Card Create(IEnumerable<Core.Catalog.JurisdictionInfo>? jurisdictions = null, CultureInfo? culture = null, bool asksForPhone = false) => new()
    {
        Body =
        [
            new TextElement(CardText.Get("UnlinkedTitle", culture), TextRole.Title),
            new TextElement(CardText.Get("UnlinkedBody", culture)),
            new TextElement(CardText.Get("UnlinkedHowTo", culture), TextRole.Subtle),
            .. asksForPhone ? new CardElement[] { new ButtonGroup([new CardButton(CardText.Get("ButtonSharePhone", culture), CardData.Action(CardData.SharePhone))]) } : [],
            .. (jurisdictions ?? []).Any()
                ? new CardElement[] { new ButtonGroup([.. jurisdictions!.Select(j => new CardButton(CardText.Get("BrowseJurisdiction", culture, j.Name),
                    CardData.Action(CardData.BrowseJurisdiction, ("jurisdiction", j.Code))))]) }
                : [],
        ],
        Actions = [new CardButton(CardText.Get("ButtonHelp", culture), CardData.Action(CardData.ShowHelp)) { Command = "trợ giúp" }],
        Summary = CardText.Get("UnlinkedSummary", culture),
    };
}
