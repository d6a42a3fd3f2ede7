namespace InternalTthc.Core.Calendar;

public enum DeadlineState
{
    /// <summary>The rule sets no deadline ("không quy định").</summary>
    None,
    /// <summary>Due moment not reached yet.</summary>
    Open,
    /// <summary>Due moment passed (quá hạn).</summary>
    Overdue,
}
