namespace InternalTthc.Core.Directory;

/// <summary>Where a unit stands in the provincial administration.</summary>
public enum UnitLevel
{
    /// <summary>Ủy ban nhân dân tỉnh / thành phố.</summary>
    Province,
    /// <summary>Sở, ban, ngành cấp tỉnh.</summary>
    Department,
    /// <summary>Ủy ban nhân dân cấp huyện (and equivalent).</summary>
    District,
    /// <summary>Ủy ban nhân dân cấp xã.</summary>
    Commune,
    /// <summary>A centre, office or division under another unit (e.g. Trung tâm CNTT).</summary>
    Division,
}
