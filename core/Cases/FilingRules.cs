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
            throw new FilingException($"Thủ tục \"{procedure.Name}\" không thuộc địa phương của đơn vị bạn.");
        }

        if (WhyNotOffered(procedure, state) is { } why)
        {
            throw new FilingException(why);
        }

        var levels = state.UnitLevels ?? procedure.Filing.UnitLevels;
        if (levels.Count > 0 && !levels.Contains(unit.Level))
        {
            throw new FilingException($"Thủ tục \"{procedure.Name}\" dành cho {string.Join(", ", levels.Select(UnitLevelName))}; "
                + $"{unit.Name} là {UnitLevelName(unit.Level)}.");
        }

        if (!procedure.Filing.AdmitsKind(unit.Kind))
        {
            throw new FilingException($"Thủ tục \"{procedure.Name}\" không áp dụng cho {UnitKindName(unit.Kind)} ({unit.Name})"
                + (procedure.Filing.Source is { } source ? $", theo {source}." : "."));
        }

        if (procedure.Filing.Who == Filer.FocalPoint && !person.Holds(Role.FocalPoint, unit.Id))
        {
            throw new FilingException($"Thủ tục \"{procedure.Name}\" do cán bộ đầu mối của đơn vị gửi. "
                + $"Bạn hãy liên hệ cán bộ đầu mối của {unit.Name}.");
        }
    }

    /// <summary>Why the procedure is not offered on the day (not yet in force, suspended, its province merged); null when it is.</summary>
    public static string? WhyNotOffered(Procedure procedure, ProcedureState state) => state.Standing switch
    {
        ProcedureStanding.NotYetInForce => $"Thủ tục \"{procedure.Name}\" áp dụng từ ngày {VietnamTime.Format(state.Since!.Value)}.",
        ProcedureStanding.Suspended when state.MergedInto is { } into =>
            $"Thủ tục \"{procedure.Name}\" không còn thực hiện từ ngày {VietnamTime.Format(state.Since!.Value)}: địa phương đã hợp nhất vào {into}.",
        ProcedureStanding.Suspended => $"Thủ tục \"{procedure.Name}\" tạm dừng thực hiện từ ngày {VietnamTime.Format(state.Since!.Value)}"
            + (state.Note is { } note ? $": {note.TrimEnd('.')}." : "."),
        _ => null,
    };

    public static string UnitLevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Ủy ban nhân dân cấp tỉnh",
        UnitLevel.Department => "sở, ban, ngành cấp tỉnh",
        UnitLevel.District => "Ủy ban nhân dân cấp huyện",
        UnitLevel.Commune => "Ủy ban nhân dân cấp xã",
        UnitLevel.Division => "đơn vị trực thuộc",
        _ => level.ToString(),
    };

    public static string UnitKindName(UnitKind kind) => kind switch
    {
        UnitKind.PartyCommittee => "cơ quan Đảng",
        UnitKind.PeoplesCouncil => "Hội đồng nhân dân",
        UnitKind.Association => "tổ chức hội, đoàn thể",
        UnitKind.StateEnterprise => "doanh nghiệp nhà nước",
        UnitKind.Education => "cơ sở giáo dục",
        UnitKind.Health => "cơ sở y tế",
        UnitKind.PublicService => "đơn vị sự nghiệp công lập",
        _ => "cơ quan hành chính nhà nước",
    };
}
