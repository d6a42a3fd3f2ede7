namespace InternalTthc.Core.Understanding;

/// <summary>Which way an unqualified day ("thứ 7", "15/11", "Tết") points (vn-calendar.md §5, context rule).</summary>
public enum TimeContext
{
    /// <summary>An incident report: the most recent past one.</summary>
    Incident,
    /// <summary>A deadline question: the next future one.</summary>
    Deadline,
}
