using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// Which agency's agents a request goes to: the one executing the procedure the requester is filing, else the agency
/// executing most of his jurisdiction's procedures (its IT centre).
/// </summary>
public sealed class HandoffAgencies(IDirectoryStore directory, ProcedureCatalog catalog, CaseRouting routing, TimeProvider clock)
{
    public async Task<Unit?> ForAsync(Unit requesterUnit, Procedure? procedure, FormAnswers answers, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        if (procedure is not null)
        {
            try
            {
                return (await routing.ResolveAsync(procedure, requesterUnit, answers, today, ct)).Executing;
            }
            catch (FilingException)
            {
                // The procedure's agency is missing from the directory: the jurisdiction's own still helps.
            }
        }

        return await ForJurisdictionAsync(requesterUnit.JurisdictionCode, ct);
    }

    /// <summary>The agency executing most of a jurisdiction's procedures (its IT centre): also where a requester of no known unit goes.</summary>
    public async Task<Unit?> ForJurisdictionAsync(string jurisdictionCode, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var code = catalog.ForJurisdiction(jurisdictionCode).Select(p => p.Routing.ExecutingUnit)
            .Where(c => c != ProcedureRouting.RequesterParent).GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        // The agency as it is today: a department merged into another hands its requests to its successor.
        return code is null ? null : await directory.FindUnitByCodeAsync(catalog.Successions.SuccessorOf(code, today), ct);
    }

    /// <summary>The agencies whose requests an agent handles.</summary>
    public static IReadOnlyList<Guid> Of(PersonRoles agent) => [.. agent.Roles.Where(r => r.Role == Role.Agent).Select(r => r.UnitId).Distinct()];
}
