using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>Builds a form's context, refusing procedures outside the person's jurisdiction, unit level or kind, or not carried out today (crafted buttons included).</summary>
public sealed class FormContexts(IDirectoryStore directory, ProcedureCatalog catalog, FormPlan plan, TimeProvider clock)
{
    public ProcedureCatalog Catalog => catalog;

    public async Task<FormContext?> CreateAsync(PersonRoles person, string? procedureCode, bool showsCards, CancellationToken ct)
    {
        var procedure = procedureCode is null ? null : catalog.Find(procedureCode);
        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct);
        if (procedure is null || unit is null || procedure.JurisdictionCode != unit.JurisdictionCode
            || !OffersToday(procedure, unit))
        {
            return null;
        }

        return (await FormContext.CreateAsync(person, unit, procedure, showsCards, directory, ct)) with { Plan = plan };
    }

    /// <summary>Whether the procedure is in force today and offered to this unit (its level and kind).</summary>
    public bool OffersToday(Procedure procedure, Unit unit) => catalog.Offers(procedure, unit, Core.Calendar.VietnamTime.Today(clock));

    /// <summary>Why a procedure's form does not start: not carried out today (with the date and reason), else not for this unit.</summary>
    public string Refusal(string? procedureCode) =>
        (procedureCode is null ? null : catalog.Find(procedureCode)) is { } p
        && Core.Cases.FilingRules.WhyNotOffered(p, catalog.Successions.StateOf(p, Core.Calendar.VietnamTime.Today(clock))) is { } why
            ? why
            : Cards.Texts.CardText.Get("ProcedureNotAvailable");
}
