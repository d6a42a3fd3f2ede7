namespace InternalTthc.Core.Cases;

/// <summary>
/// Which of an executing unit's open cases to list, most urgent first (urgent ones, then by the running clock's due moment),
/// and which page of them.
/// </summary>
public sealed record QueueQuery(Guid ExecutingUnitId)
{
    /// <summary>Only one agent's cases.</summary>
    public Guid? AssigneeId { get; init; }

    /// <summary>Only cases whose running clock ended before this moment (overdue).</summary>
    public DateTimeOffset? OverdueAt { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 20;
}
