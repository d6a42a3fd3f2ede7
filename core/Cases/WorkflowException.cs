namespace InternalTthc.Core.Cases;

/// <summary>An action the workflow does not allow; the message says why, in Vietnamese.</summary>
public sealed class WorkflowException(CaseAction action, CaseStatus status, string message) : Exception(message)
{
    public CaseAction Action { get; } = action;
    public CaseStatus Status { get; } = status;
}
