namespace InternalTthc.Core.Calendar;

/// <summary>A day an administrator adds without a release (e.g. 24/11 Ngày Văn hóa Việt Nam once it becomes law).</summary>
public sealed record ConfiguredDay
{
    public DateOnly Date { get; init; }
    public string Reason { get; init; } = "";
}
