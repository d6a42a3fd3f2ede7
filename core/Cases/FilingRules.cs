using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Cases;

/// <summary>Who may file a procedure, as its catalog entry says, on a day when it is carried out.</summary>
public static class FilingRules
{
    public static void Check(Procedure procedure, ProcedureState state, PersonRoles person, Unit unit)
    {
        if (unit.JurisdictionCode != procedure.JurisdictionCode)
        {
            throw new FilingException(CaseTexts.Get("OtherJurisdiction", procedure.Name));
        }

        if (WhyNotOffered(procedure, state) is { } why)
        {
            throw new FilingException(why);
        }

        var levels = state.UnitLevels ?? procedure.Filing.UnitLevels;
        if (levels.Count > 0 && !levels.Contains(unit.Level))
        {
            throw new FilingException(CaseTexts.Get("WrongUnitLevel", procedure.Name,
                string.Join(", ", levels.Select(UnitLevelName)), unit.Name, UnitLevelName(unit.Level)));
        }

        if (!procedure.Filing.AdmitsKind(unit.Kind))
        {
            throw new FilingException(procedure.Filing.Source is { } source
                ? CaseTexts.Get("WrongUnitKindBySource", procedure.Name, UnitKindName(unit.Kind), unit.Name, source)
                : CaseTexts.Get("WrongUnitKind", procedure.Name, UnitKindName(unit.Kind), unit.Name));
        }

        if (procedure.Filing.Who == Filer.FocalPoint && !person.Holds(Role.FocalPoint, unit.Id))
        {
            throw new FilingException(CaseTexts.Get("FocalPointOnly", procedure.Name, unit.Name));
        }
    }

    /// <summary>Why the procedure is not offered on the day (not yet in force, suspended, its province merged); null when it is.</summary>
    public static string? WhyNotOffered(Procedure procedure, ProcedureState state) => state.Standing switch
    {
        ProcedureStanding.NotYetInForce => CaseTexts.Get("NotYetInForce", procedure.Name, VietnamTime.Format(state.Since!.Value)),
        ProcedureStanding.Suspended when state.MergedInto is { } into =>
            CaseTexts.Get("EndedByMerger", procedure.Name, VietnamTime.Format(state.Since!.Value), into),
        ProcedureStanding.Suspended when state.Note is { } note =>
            CaseTexts.Get("SuspendedWithNote", procedure.Name, VietnamTime.Format(state.Since!.Value), note.TrimEnd('.')),
        ProcedureStanding.Suspended => CaseTexts.Get("Suspended", procedure.Name, VietnamTime.Format(state.Since!.Value)),
        _ => null,
    };

    public static string UnitLevelName(UnitLevel level) => CaseTexts.Get($"Level_{level}");

    public static string UnitKindName(UnitKind kind) => CaseTexts.Get($"Kind_{kind}");
}
