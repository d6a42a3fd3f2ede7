using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Handoff;

/// <summary>
/// A person linked to nobody asks for a person: he belongs to no unit, so he picks the province whose IT centre helps him;
/// the card says the agent will talk with him but he cannot file until his account is linked.
/// </summary>
public static class GuestHandoffCard
{
    public const string JurisdictionKey = "jurisdiction";

    /// <summary>What he typed asking, carried by each button so that the agent reads it with the request.</summary>
    public const string WordsKey = "words";

    public static Card Create(IEnumerable<JurisdictionInfo> jurisdictions, string? words) => new()
    {
        Body =
        [
            new TextElement(HandoffText.Get("GuestWhichProvince"), TextRole.Heading),
            new TextElement(HandoffText.Get("GuestNotIdentified")),
            new ButtonGroup([.. jurisdictions.Select(j => new CardButton(j.Name, CardData.Action(CardData.AskHuman, [(JurisdictionKey, j.Code), .. words is null ? [] : new[] { (WordsKey, words) }])))]),
        ],
        Summary = HandoffText.Get("GuestWhichProvince"),
    };
}
