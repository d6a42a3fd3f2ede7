namespace InternalTthc.Core.Cases;

/// <summary>One line of a case's timeline: who did what, when, from which status to which.</summary>
public sealed class CaseEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CaseId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required Guid ActorId { get; init; }
    public required CaseAction Action { get; init; }
    public required CaseStatus FromStatus { get; init; }
    public required CaseStatus ToStatus { get; init; }
    public string? Note { get; init; }
}
