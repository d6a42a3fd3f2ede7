using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>"Hồ sơ của tôi" and "tra cứu MÃ": only cases the person may see; anything else is the same "not found".</summary>
public sealed class CaseLookup(ICaseStore cases, CaseService service, IDirectoryStore directory, ProcedureCatalog catalog, CaseViews views, CaseCards cards)
{
    /// <summary>
    /// The answer to any case question in a group chat or team channel: its members are not all allowed to see the case,
    /// and the file links drawn for the asker would work for whoever reads them.
    /// </summary>
    public static Card PrivateOnly() => NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("CasesInPrivateChat"), TextRole.Warning);

    /// <summary>A focal point follows his unit's open cases; anyone else his own; newest first, a page from <paramref name="skip"/>.</summary>
    public async Task<Card> MyCasesAsync(PersonRoles person, int skip, CancellationToken ct)
    {
        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct);
        var focal = unit is not null && person.Holds(Role.FocalPoint, unit.Id);
        var page = await cases.PageOpenForUnitAsync(person.Person.UnitId, focal ? null : person.Person.Id, skip, CaseListPage.Size, ct);
        var visible = new List<CaseListRow>();
        foreach (var c in page.Cases)
        {
            if (catalog.Find(c.ProcedureCode) is { } p) visible.Add(await views.RowAsync(c, p, CaseAccess.RolesFor(person, c), ct));
        }

        var title = focal ? CardText.Get("UnitCasesTitle", null, unit!.Name) : CardText.Get("MyCasesTitle");
        return CaseListCard.Create(title, visible, new CaseListPage(skip, page.Total));
    }

    /// <summary>The case card with what this person may do; on text channels without inputs (they ask for text when needed).</summary>
    public async Task<Card> LookUpAsync(PersonRoles person, string code, bool showsCards, CancellationToken ct)
    {
        try
        {
            var found = await service.FindForAsync(person.Person.Id, code, ct);
            return await cards.CreateAsync(person, found, new CaseCardNote(null, Inputs: showsCards), ct);
        }
        catch (CaseNotFoundException)
        {
            return NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("CaseNotFound"), TextRole.Warning);
        }
    }
}
