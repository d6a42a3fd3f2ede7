using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations;

/// <summary>A person's menu: the procedures of his jurisdiction his unit may file (and the queue for agents); how to get linked when his unit is unknown.</summary>
public sealed class MainMenu(IDirectoryStore directory, ProcedureCatalog catalog, ProcedureDates dates)
{
    public async Task<Card> ForAsync(PersonRoles person, CancellationToken ct)
    {
        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct);
        var jurisdiction = unit is null ? null : catalog.FindJurisdiction(unit.JurisdictionCode);
        if (unit is null || jurisdiction is null)
        {
            return UnlinkedCard.Create();
        }

        // Only what the unit may file today: suspended procedures (the district DTI once districts are gone) are left out.
        return MenuCard.Create(person.Person.FullName, jurisdiction with { Name = dates.JurisdictionName(jurisdiction.Code) }, dates.OfferedTo(unit), agent: person.HoldsAnywhere(Role.Agent));
    }

    /// <summary>The procedures of the person's jurisdiction his unit may file today (the menu's, and the only ones help gives as examples); none when his unit is unknown.</summary>
    public async Task<IReadOnlyList<Procedure>> OfferedAsync(PersonRoles person, CancellationToken ct) =>
        await directory.FindUnitAsync(person.Person.UnitId, ct) is { } unit ? [.. dates.OfferedTo(unit)] : [];
}
