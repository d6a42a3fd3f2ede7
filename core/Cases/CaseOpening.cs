namespace InternalTthc.Core.Cases;

/// <summary>What a new draft case starts with; the case service fills it from the catalog and directory.</summary>
public sealed record CaseOpening
{
    public Guid? Id { get; init; }
    public required string JurisdictionCode { get; init; }
    public required string ProcedureCode { get; init; }
    public string? SubCaseCode { get; init; }
    public required Guid UnitId { get; init; }
    public required Guid RequesterId { get; init; }
    public required Guid ExecutingUnitId { get; init; }
    public required Guid DecidingUnitId { get; init; }
    public bool Urgent { get; init; }
    public bool NeedsUnitConfirmation { get; init; }
    public bool NeedsApproval { get; init; }

    /// <summary>A question to one agency: its result is an answer naming the responder.</summary>
    public bool IsQuestion { get; init; }

    /// <summary>How many named stages the procedure has (incident response); 0 for most.</summary>
    public int StageCount { get; init; }
    public FormAnswers Answers { get; init; } = FormAnswers.Empty;
    public IReadOnlyList<CaseFile> Attachments { get; init; } = [];
}
