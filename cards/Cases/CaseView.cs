namespace InternalTthc.Cards.Cases;

/// <summary>A case as a person reads it: texts already in Vietnamese local time.</summary>
public sealed record CaseView
{
    public required Guid Id { get; init; }
    public required string Code { get; init; }
    public required string ProcedureName { get; init; }
    public required string Status { get; init; }
    public string? SubmittedAt { get; init; }
    public string? ReceiptDue { get; init; }
    public string? ResolutionDue { get; init; }
    public string? TimeLeft { get; init; }
    public bool Overdue { get; init; }
    public IReadOnlyList<(string When, string What)> Timeline { get; init; } = [];
}
