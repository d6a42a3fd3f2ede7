namespace InternalTthc.Core.Catalog;

public enum Filer
{
    /// <summary>Only the unit's focal point (cán bộ đầu mối) files, for the unit.</summary>
    FocalPoint,
    /// <summary>Any staff member starts it; the unit's focal point confirms before it is submitted.</summary>
    AnyStaffWithUnitConfirmation,
    /// <summary>Anyone linked to a unit files directly (incident reports, questions).</summary>
    AnyStaff,
}
