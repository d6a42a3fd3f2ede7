using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Menu;

/// <summary>
/// For a person not linked yet, whose words match the same procedure in several provinces: he belongs to none, so he
/// picks his; one button per province, each opening that province's procedure.
/// </summary>
public static class ProvinceChoiceCard
{
    /// <param name="matches">Each matching procedure with its province's name today.</param>
    public static Card Create(IReadOnlyList<(Procedure Procedure, string Province)> matches) => new()
    {
        Body =
        [
            new TextElement(CardText.Get("WhichProvinceTitle", null, matches.Count), TextRole.Heading),
            new ButtonGroup([.. matches.Select(m => new CardButton(CardText.Get("ProcedureOfProvince", null, m.Province, m.Procedure.DisplayName),
                CardData.Action(CardData.ShowProcedure, ("procedure", m.Procedure.Code))))]),
        ],
        Summary = CardText.Get("WhichProvinceTitle", null, matches.Count),
    };
}
