using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Cases;

/// <summary>Who may file a procedure, as its catalog entry says.</summary>
public static class FilingRules
{
    public static void Check(Procedure procedure, PersonRoles person, Unit unit)
    {
        if (unit.JurisdictionCode != procedure.JurisdictionCode)
        {
            throw new FilingException(CaseTexts.Get("OtherJurisdiction", procedure.Name));
        }

        if (!procedure.IsFiledBy(unit.Level))
        {
            throw new FilingException(CaseTexts.Get("WrongUnitLevel", procedure.Name,
                string.Join(", ", procedure.Filing.UnitLevels.Select(UnitLevelName)), unit.Name, UnitLevelName(unit.Level)));
        }

        if (procedure.Filing.Who == Filer.FocalPoint && !person.Holds(Role.FocalPoint, unit.Id))
        {
            throw new FilingException(CaseTexts.Get("FocalPointOnly", procedure.Name, unit.Name));
        }
    }

    public static string UnitLevelName(UnitLevel level) => CaseTexts.Get($"Level_{level}");
}
