namespace InternalTthc.Core.Cases;

/// <summary>Everything that can be done to a case. <see cref="CaseWorkflow"/> says who may, from where.</summary>
public enum CaseAction
{
    Submit,
    ConfirmForUnit,
    Withdraw,
    Receive,
    RefuseInvalid,
    StartProcessing,
    RequestSupplement,
    Supplement,
    Resolve,
    Approve,
    ReturnForRework,
    Reject,
    Reopen,
    Assign,
    /// <summary>Moves a case of a procedure with named stages (incident response) to its next or a later stage.</summary>
    MoveToStage,
    /// <summary>
    /// A line the service writes on the timeline without changing the case (how a message reached someone); nobody
    /// presses it and nobody is told of it.
    /// </summary>
    Note,
}
