using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Tests;

/// <summary>Every card the card library makes, over the shipped catalog, for the renderer and schema tests.</summary>
internal static class CardSamples
{
    public static ProcedureCatalog Catalog { get; } = new CatalogLoader()
        .LoadFolderAsync(Path.Combine(AppContext.BaseDirectory, "catalog"), CancellationToken.None).GetAwaiter().GetResult();

    public static IEnumerable<(string Name, Card Card)> All()
    {
        foreach (var j in Catalog.Jurisdictions)
        {
            yield return ($"menu-{j.Code}", MenuCard.Create("Nguyễn Thị Hoa", j, Catalog.ForJurisdiction(j.Code)));
            yield return ($"menu-en-{j.Code}", MenuCard.Create("Hoa", j, Catalog.ForJurisdiction(j.Code), System.Globalization.CultureInfo.GetCultureInfo("en")));
        }

        yield return ("menu-empty", MenuCard.Create("Hoa", Catalog.Jurisdictions.First(), []));
        yield return ("unlinked", UnlinkedCard.Create());
    }
}
