namespace InternalTthc.Core.Cases;

/// <summary>
/// Which of the open cases of one or more executing units to list, most urgent first (urgent ones, then by the running
/// clock's due moment, paused clocks last), and which page of them.
/// </summary>
public sealed record QueueQuery(IReadOnlyList<Guid> ExecutingUnitIds)
{
    public QueueQuery(Guid executingUnitId)
        : this([executingUnitId])
    {
    }

    /// <summary>Only one agent's cases.</summary>
    public Guid? AssigneeId { get; init; }

    /// <summary>Only cases just filed, not yet received.</summary>
    public bool NewOnly { get; init; }

    /// <summary>Only cases of this procedure.</summary>
    public string? ProcedureCode { get; init; }

    /// <summary>Only cases whose running clock ended before this moment (overdue).</summary>
    public DateTimeOffset? OverdueAt { get; init; }

    /// <summary>Only cases whose running clock ends within this span (due soon), both ends included.</summary>
    public (DateTimeOffset From, DateTimeOffset To)? DueBetween { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 20;
}
