namespace InternalTthc.Core.Cases;

/// <summary>The case was changed by someone else since it was read; nothing was saved.</summary>
public sealed class CaseConflictException(Guid caseId, Exception inner)
    : Exception(CaseTexts.Get("Conflict"), inner)
{
    public Guid CaseId { get; } = caseId;
}
