using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Cases;

/// <summary>Finds the directory units that execute and decide a new case, from the procedure's routing.</summary>
public sealed class CaseRouting(IDirectoryStore directory)
{
    public async Task<(Unit Executing, Unit Deciding)> ResolveAsync(Procedure procedure, Unit requesterUnit, FormAnswers answers, CancellationToken ct)
    {
        var (executing, deciding) = procedure.Routing.For(requesterUnit.Level);
        if (procedure.Routing.ExecutingUnitField is { } field && answers.Text(field) is { Length: > 0 } chosen)
        {
            executing = chosen;
        }

        var executingUnit = await FindAsync(executing, procedure, requesterUnit, ct);
        var decidingUnit = deciding == executing ? executingUnit : await FindAsync(deciding, procedure, requesterUnit, ct);
        return (executingUnit, decidingUnit);
    }

    private async Task<Unit> FindAsync(string code, Procedure procedure, Unit requesterUnit, CancellationToken ct)
    {
        if (code == ProcedureRouting.RequesterParent)
        {
            return requesterUnit.ParentId is { } parentId && await directory.FindUnitAsync(parentId, ct) is { } parent
                ? parent
                : throw new FilingException(CaseTexts.Get("NoParentUnit", requesterUnit.Name, procedure.Name));
        }

        var unit = await directory.FindUnitByCodeAsync(code, ct);
        return unit is not null && unit.JurisdictionCode == procedure.JurisdictionCode
            ? unit
            : throw new FilingException(CaseTexts.Get("NoHandlingUnit", code, procedure.Name));
    }
}
