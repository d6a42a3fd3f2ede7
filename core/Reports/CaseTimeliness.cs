namespace InternalTthc.Core.Reports;

/// <summary>How a finished case kept its resolution deadline, as the provincial portals count it.</summary>
public enum CaseTimeliness
{
    /// <summary>Finished on a day before the due day ("trước hạn").</summary>
    Early,

    /// <summary>Finished on the due day, by the due moment ("đúng hạn").</summary>
    OnTime,

    /// <summary>Finished after the due moment ("trễ hạn").</summary>
    Late,
}
