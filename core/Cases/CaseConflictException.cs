namespace InternalTthc.Core.Cases;

/// <summary>The case was changed by someone else since it was read; nothing was saved.</summary>
public sealed class CaseConflictException(Guid caseId, Exception inner)
    : Exception("Hồ sơ vừa được người khác cập nhật. Vui lòng xem lại hồ sơ rồi thực hiện lại.", inner)
{
    public Guid CaseId { get; } = caseId;
}
