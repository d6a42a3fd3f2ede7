using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>
/// "Hàng đợi": the open cases of every executing unit the person is an agent of, under one filter, urgent and earliest
/// due first, a page at a time (filtered, ordered and paged by the store, so it stays fast with a million cases).
/// </summary>
public sealed class CaseQueue(ICaseStore cases, IDirectoryStore directory, ProcedureCatalog catalog, CaseViews views, IDeadlineCalculator calendar, TimeProvider clock)
{
    /// <summary>"Sắp đến hạn": the running clock ends within this (one working day from now).</summary>
    private static readonly DeadlineRule DueSoonWindow = DeadlineRule.WorkingDays(1);

    public async Task<Card> ShowAsync(PersonRoles person, QueueRequest request, bool withInputs, CancellationToken ct)
    {
        var units = person.Roles.Where(r => r.Role == Role.Agent).Select(r => r.UnitId).Distinct().ToList();
        if (units.Count == 0)
        {
            return NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("QueueNotAgent"), TextRole.Warning);
        }

        var procedure = catalog.Find(request.ProcedureCode ?? "");
        var filter = request.Filter is QueueCard.New or QueueCard.Mine or QueueCard.DueSoon or QueueCard.Overdue || (request.Filter == QueueCard.ByProcedure && procedure is not null)
            ? request.Filter! : QueueCard.All;
        var page = await cases.PageQueueAsync(await QueryAsync(person, units, filter, procedure?.Code, request.Skip, ct), ct);

        // Cases are assigned only to agents of their unit: the names on the rows come from these lists, not a query per row.
        var agents = new Dictionary<Guid, string>();
        foreach (var unit in units)
        {
            foreach (var agent in await directory.ListHoldersAsync(unit, Role.Agent, ct)) agents[agent.Id] = agent.FullName;
        }

        var rows = new List<CaseView>();
        foreach (var c in page.Cases)
        {
            if (catalog.Find(c.ProcedureCode) is not { } p) continue;
            var assignee = c.AssigneeId is { } id ? agents.GetValueOrDefault(id) ?? (await directory.FindPersonAsync(id, ct))?.FullName : null;
            rows.Add(await views.CreateAsync(c, p, CaseRole.ExecutingAgent, ct) with { Assignee = assignee });
        }

        var procedures = withInputs
            ? (await cases.ListQueueProceduresAsync(units, ct)).Select(catalog.Find).OfType<Procedure>().Select(p => new InputChoice(p.Code, p.DisplayName)).ToList()
            : [];
        var shownProcedure = filter == QueueCard.ByProcedure ? new InputChoice(procedure!.Code, procedure.DisplayName) : null;
        return QueueCard.Create(filter, shownProcedure, rows, new CaseListPage(request.Skip, page.Total), procedures);
    }

    private async Task<QueueQuery> QueryAsync(PersonRoles person, IReadOnlyList<Guid> units, string filter, string? procedureCode, int skip, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = new QueueQuery(units) { Skip = skip, Take = CaseListPage.Size };
        switch (filter)
        {
            case QueueCard.New: return query with { NewOnly = true };
            case QueueCard.Mine: return query with { AssigneeId = person.Person.Id };
            case QueueCard.Overdue: return query with { OverdueAt = now };
            case QueueCard.ByProcedure: return query with { ProcedureCode = procedureCode };
            case QueueCard.DueSoon:
                // The agencies of one person are in one province: its working calendar sets the window.
                var jurisdiction = (await directory.FindUnitAsync(units[0], ct))?.JurisdictionCode ?? "";
                return query with { DueBetween = (now, calendar.ComputeDue(jurisdiction, DueSoonWindow, now) ?? now) };
            default: return query;
        }
    }
}
