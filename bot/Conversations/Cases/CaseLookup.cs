using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>"Hồ sơ của tôi" and "tra cứu MÃ": only cases the person may see; anything else is the same "not found".</summary>
public sealed class CaseLookup(ICaseStore cases, CaseService service, IDirectoryStore directory, ProcedureCatalog catalog, CaseViews views)
{
    /// <summary>A focal point follows his unit's open cases; anyone else his own.</summary>
    public async Task<Card> MyCasesAsync(PersonRoles person, CancellationToken ct)
    {
        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct);
        var focal = unit is not null && person.Holds(Role.FocalPoint, unit.Id);
        var open = await cases.ListOpenForUnitAsync(person.Person.UnitId, ct);
        var visible = open.Where(c => focal || c.RequesterId == person.Person.Id)
            .Select(c => catalog.Find(c.ProcedureCode) is { } p ? views.Create(c, p) : null).OfType<CaseView>().ToList();
        var title = focal ? CardText.Get("UnitCasesTitle", null, unit!.Name) : CardText.Get("MyCasesTitle");
        return CaseListCard.Create(title, visible);
    }

    /// <summary>The focal point confirms a request his unit's staff started, from its card.</summary>
    public async Task<Card> ConfirmAsync(PersonRoles person, string code, CancellationToken ct)
    {
        try
        {
            var found = await service.FindForAsync(person.Person.Id, code, ct);
            var confirmed = await service.ConfirmForUnitAsync(found.Id, person.Person.Id, ct);
            return catalog.Find(confirmed.ProcedureCode) is { } procedure
                ? CaseCard.Create(views.Create(confirmed, procedure), CardText.Get("CaseConfirmed", null, confirmed.Code!))
                : NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("CaseConfirmed", null, confirmed.Code!));
        }
        catch (Exception e) when (e is CaseNotFoundException or WorkflowException or CaseConflictException)
        {
            return NoticeCard.Create(CardText.Get("NoticeTitle"), e.Message, TextRole.Warning);
        }
    }

    private static IReadOnlyList<CardButton> ActionsFor(PersonRoles person, Case c) =>
        c.Status == CaseStatus.AwaitingConfirmation && CaseWorkflow.IsAllowed(CaseAction.ConfirmForUnit, c.Status, CaseAccess.RolesFor(person, c))
            ? [new CardButton(CardText.Get("ButtonConfirmCase"), CardData.Action(CardData.ConfirmCase, ("code", c.Code!)), ButtonStyle.Positive)]
            : [];

    public async Task<Card> LookUpAsync(PersonRoles person, string code, CancellationToken ct)
    {
        try
        {
            var found = await service.FindForAsync(person.Person.Id, code, ct);
            return catalog.Find(found.ProcedureCode) is { } procedure
                ? CaseCard.Create(views.Create(found, procedure), actions: ActionsFor(person, found))
                : NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("CaseNotFound"), TextRole.Warning);
        }
        catch (CaseNotFoundException)
        {
            return NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("CaseNotFound"), TextRole.Warning);
        }
    }
}
