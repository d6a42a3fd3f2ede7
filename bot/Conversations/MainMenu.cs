using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations;

/// <summary>A person's menu: the procedures of his jurisdiction his unit may file (and the queue for agents); how to get linked when his unit is unknown.</summary>
public sealed class MainMenu(IDirectoryStore directory, ProcedureCatalog catalog)
{
    public async Task<Card> ForAsync(PersonRoles person, CancellationToken ct)
    {
        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct);
        var jurisdiction = unit is null ? null : catalog.FindJurisdiction(unit.JurisdictionCode);
        if (unit is null || jurisdiction is null)
        {
            return UnlinkedCard.Create();
        }

        return MenuCard.Create(person.Person.FullName, jurisdiction, Offered(catalog, unit), agent: person.HoldsAnywhere(Role.Agent));
    }

    /// <summary>The procedures of the person's jurisdiction his unit may file; none when his unit is unknown.</summary>
    public async Task<IReadOnlyList<Procedure>> OfferedAsync(PersonRoles person, CancellationToken ct) =>
        await directory.FindUnitAsync(person.Person.UnitId, ct) is { } unit ? [.. Offered(catalog, unit)] : [];

    /// <summary>The procedures of the unit's jurisdiction it may file: the menu's, and the only ones help gives as examples.</summary>
    public static IEnumerable<Procedure> Offered(ProcedureCatalog catalog, Unit unit) =>
        catalog.ForJurisdiction(unit.JurisdictionCode).Where(p => p.IsFiledBy(unit.Level));
}
