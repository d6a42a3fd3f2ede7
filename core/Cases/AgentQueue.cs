using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Cases;

/// <summary>
/// An agent's queue ("hàng đợi"): the open cases of every executing unit he is an agent of, under one filter, urgent and
/// earliest due first, a page at a time (filtered, ordered and paged by the store, so it stays fast with a million
/// cases). The chat's queue card and the agent console read it alike.
/// </summary>
public sealed class AgentQueue(ICaseStore cases, IDirectoryStore directory, ProcedureCatalog catalog, IDeadlineCalculator calendar, TimeProvider clock)
{
    /// <summary>"Sắp đến hạn": the running clock ends within this (one working day from now).</summary>
    private static readonly DeadlineRule DueSoonWindow = DeadlineRule.WorkingDays(1);

    /// <summary>The executing units the person is an agent of (none: he has no queue).</summary>
    public static IReadOnlyList<Guid> UnitsOf(PersonRoles person) =>
        [.. person.Roles.Where(r => r.Role == Role.Agent).Select(r => r.UnitId).Distinct()];

    /// <summary>One page under <paramref name="filter"/>; null when the person is no agent.</summary>
    public async Task<AgentQueuePage?> PageAsync(PersonRoles person, string? filter, string? procedureCode, int skip, int take, CancellationToken ct)
    {
        var units = UnitsOf(person);
        if (units.Count == 0)
        {
            return null;
        }

        var procedure = catalog.Find(procedureCode ?? "");
        var shown = filter is QueueFilters.New or QueueFilters.Mine or QueueFilters.DueSoon or QueueFilters.Overdue
            || (filter == QueueFilters.ByProcedure && procedure is not null) ? filter : QueueFilters.All;
        var page = await cases.PageQueueAsync(await QueryAsync(person, units, shown, procedure?.Code, Math.Max(skip, 0), take, ct), ct);

        // Cases are assigned only to agents of their unit: the names come from these lists, not a query per case.
        var agents = new Dictionary<Guid, string>();
        foreach (var unit in units)
        {
            foreach (var agent in await directory.ListHoldersAsync(unit, Role.Agent, ct)) agents[agent.Id] = agent.FullName;
        }

        foreach (var id in page.Cases.Select(c => c.AssigneeId).OfType<Guid>().Where(id => !agents.ContainsKey(id)).Distinct().ToList())
        {
            if (await directory.FindPersonAsync(id, ct) is { } other) agents[id] = other.FullName;
        }

        return new AgentQueuePage(shown, shown == QueueFilters.ByProcedure ? procedure : null, page, agents);
    }

    /// <summary>The procedures the person's queue holds open cases of, to filter by.</summary>
    public async Task<IReadOnlyList<Procedure>> ProceduresAsync(PersonRoles person, CancellationToken ct) =>
        [.. (await cases.ListQueueProceduresAsync(UnitsOf(person), ct)).Select(catalog.Find).OfType<Procedure>()];

    private async Task<QueueQuery> QueryAsync(PersonRoles person, IReadOnlyList<Guid> units, string filter, string? procedureCode, int skip, int take, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = new QueueQuery(units) { Skip = skip, Take = take };
        switch (filter)
        {
            case QueueFilters.New: return query with { NewOnly = true };
            case QueueFilters.Mine: return query with { AssigneeId = person.Person.Id };
            case QueueFilters.Overdue: return query with { OverdueAt = now };
            case QueueFilters.ByProcedure: return query with { ProcedureCode = procedureCode };
            case QueueFilters.DueSoon:
                // The agencies of one person are in one province: its working calendar sets the window.
                var jurisdiction = (await directory.FindUnitAsync(units[0], ct))?.JurisdictionCode ?? "";
                return query with { DueBetween = (now, calendar.ComputeDue(jurisdiction, DueSoonWindow, now) ?? now) };
            default: return query;
        }
    }
}
