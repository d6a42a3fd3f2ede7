using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Cases;

/// <summary>
/// Finds the directory units that execute and decide a new case, from the procedure's routing as it stands on the day
/// (adapted by a recorded change, each agency replaced by the one it was merged into). A procedure whose source names
/// no deciding authority gets none.
/// </summary>
public sealed class CaseRouting(IDirectoryStore directory, ProcedureCatalog catalog)
{
    public async Task<(Unit Executing, Unit? Deciding)> ResolveAsync(Procedure procedure, Unit requesterUnit, FormAnswers answers, DateOnly day, CancellationToken ct)
    {
        var routing = catalog.Successions.StateOf(procedure, day).Routing ?? procedure.Routing;
        var (executing, deciding) = routing.For(requesterUnit.Level);
        if (routing.ExecutingUnitField is { } field && answers.Text(field) is { Length: > 0 } chosen)
        {
            executing = chosen;
        }

        var executingUnit = await FindAsync(executing, procedure, requesterUnit, day, ct);
        var decidingUnit = deciding is null ? null
            : deciding == executing ? executingUnit
            : await FindAsync(deciding, procedure, requesterUnit, day, ct);
        return (executingUnit, decidingUnit);
    }

    private async Task<Unit> FindAsync(string code, Procedure procedure, Unit requesterUnit, DateOnly day, CancellationToken ct)
    {
        if (code == ProcedureRouting.RequesterParent)
        {
            return requesterUnit.ParentId is { } parentId && await directory.FindUnitAsync(parentId, ct) is { } parent
                ? parent
                : throw new FilingException(CaseTexts.Get("NoParentUnit", requesterUnit.Name, procedure.Name));
        }

        var successor = catalog.Successions.SuccessorOf(code, day);
        var unit = await directory.FindUnitByCodeAsync(successor, ct);
        return unit is not null && unit.JurisdictionCode == procedure.JurisdictionCode
            ? unit
            : throw new FilingException(CaseTexts.Get("NoHandlingUnit", successor, procedure.Name));
    }
}
