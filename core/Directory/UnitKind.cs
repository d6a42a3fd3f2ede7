namespace InternalTthc.Core.Directory;

/// <summary>What sort of body a unit is, beside its level: regulations include or exclude by it.</summary>
public enum UnitKind
{
    /// <summary>A state administrative body: UBND, sở, ban, ngành, phòng (the default).</summary>
    Government,
    /// <summary>Cơ quan Đảng (Đảng ủy).</summary>
    PartyCommittee,
    /// <summary>Hội đồng nhân dân.</summary>
    PeoplesCouncil,
    /// <summary>Tổ chức hội, đoàn thể, tổ chức chính trị - xã hội.</summary>
    Association,
    /// <summary>Doanh nghiệp nhà nước.</summary>
    StateEnterprise,
    /// <summary>Cơ sở giáo dục (schools, colleges).</summary>
    Education,
    /// <summary>Cơ sở y tế (hospitals, health centres).</summary>
    Health,
    /// <summary>Another public service unit (đơn vị sự nghiệp công lập).</summary>
    PublicService,
}
