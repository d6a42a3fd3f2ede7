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
            throw new FilingException($"Thủ tục \"{procedure.Name}\" không thuộc địa phương của đơn vị bạn.");
        }

        if (!procedure.IsFiledBy(unit.Level))
        {
            throw new FilingException($"Thủ tục \"{procedure.Name}\" dành cho {string.Join(", ", procedure.Filing.UnitLevels.Select(UnitLevelName))}; "
                + $"{unit.Name} là {UnitLevelName(unit.Level)}.");
        }

        if (procedure.Filing.Who == Filer.FocalPoint && !person.Holds(Role.FocalPoint, unit.Id))
        {
            throw new FilingException($"Thủ tục \"{procedure.Name}\" do cán bộ đầu mối của đơn vị gửi. "
                + $"Bạn hãy liên hệ cán bộ đầu mối của {unit.Name}.");
        }
    }

    public static string UnitLevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Ủy ban nhân dân cấp tỉnh",
        UnitLevel.Department => "sở, ban, ngành cấp tỉnh",
        UnitLevel.District => "Ủy ban nhân dân cấp huyện",
        UnitLevel.Commune => "Ủy ban nhân dân cấp xã",
        UnitLevel.Division => "đơn vị trực thuộc",
        _ => level.ToString(),
    };
}
