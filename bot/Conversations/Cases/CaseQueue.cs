using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>"Hàng đợi": the open cases of every executing unit the person is an agent of, under one filter, earliest due first.</summary>
public sealed class CaseQueue(ICaseStore cases, IDirectoryStore directory, ProcedureCatalog catalog, CaseViews views, IDeadlineCalculator calendar, TimeProvider clock)
{
    /// <summary>"Sắp đến hạn": the running clock ends within this (one working day from now).</summary>
    private static readonly DeadlineRule DueSoonWindow = DeadlineRule.WorkingDays(1);

    public async Task<Card> ShowAsync(PersonRoles person, string? filter, string? procedureCode, bool withInputs, CancellationToken ct)
    {
        var units = person.Roles.Where(r => r.Role == Role.Agent).Select(r => r.UnitId).Distinct().ToList();
        if (units.Count == 0)
        {
            return NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("QueueNotAgent"), TextRole.Warning);
        }

        var procedure = catalog.Find(procedureCode ?? "");
        filter = filter is QueueCard.New or QueueCard.Mine or QueueCard.DueSoon or QueueCard.Overdue || (filter == QueueCard.ByProcedure && procedure is not null)
            ? filter : QueueCard.All;
        var open = new List<Case>();
        // Cases are assigned only to agents of their unit: the names on the rows come from these lists, not a query per row.
        var agents = new Dictionary<Guid, string>();
        foreach (var unit in units)
        {
            open.AddRange(await cases.ListQueueAsync(unit, filter == QueueCard.Mine ? person.Person.Id : null, ct));
            foreach (var agent in await directory.ListHoldersAsync(unit, Role.Agent, ct))
            {
                agents[agent.Id] = agent.FullName;
            }
        }

        var now = clock.GetUtcNow();
        var shown = open.Where(c => Keeps(c, filter!, procedure?.Code, now))
            .OrderByDescending(c => c.Urgent).ThenBy(c => c.RunningDue ?? DateTimeOffset.MaxValue).ToList();
        var rows = new List<CaseView>();
        foreach (var c in shown.Take(QueueCard.MaxRows))
        {
            if (catalog.Find(c.ProcedureCode) is not { } p) continue;
            var assignee = c.AssigneeId is { } id ? agents.GetValueOrDefault(id) ?? (await directory.FindPersonAsync(id, ct))?.FullName : null;
            rows.Add(await views.CreateAsync(c, p, CaseRole.ExecutingAgent, ct) with { Assignee = assignee });
        }

        var procedures = withInputs
            ? open.Select(c => c.ProcedureCode).Distinct().Select(catalog.Find).OfType<Procedure>().Select(p => new InputChoice(p.Code, p.DisplayName)).ToList()
            : [];
        return QueueCard.Create(filter!, procedureCode is null ? null : procedure?.DisplayName, rows, shown.Count, procedures);
    }

    private bool Keeps(Case c, string filter, string? procedureCode, DateTimeOffset now)
    {
        var due = c.RunningDue;
        return filter switch
        {
            QueueCard.New => c.Status == CaseStatus.Submitted,
            QueueCard.Overdue => due < now,
            QueueCard.DueSoon => due >= now && due <= calendar.ComputeDue(c.JurisdictionCode, DueSoonWindow, now),
            QueueCard.ByProcedure => c.ProcedureCode == procedureCode,
            _ => true,
        };
    }
}
