using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>Builds a form's context, refusing procedures outside the person's jurisdiction or unit level (crafted buttons included).</summary>
public sealed class FormContexts(IDirectoryStore directory, ProcedureCatalog catalog)
{
    public ProcedureCatalog Catalog => catalog;

    public async Task<FormContext?> CreateAsync(PersonRoles person, string? procedureCode, bool showsCards, CancellationToken ct)
    {
        var procedure = procedureCode is null ? null : catalog.Find(procedureCode);
        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct);
        if (procedure is null || unit is null || procedure.JurisdictionCode != unit.JurisdictionCode
            || !procedure.IsFiledBy(unit.Level))
        {
            return null;
        }

        return await FormContext.CreateAsync(person, unit, procedure, showsCards, directory, ct);
    }
}
