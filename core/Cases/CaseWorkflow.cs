using System.Collections.Frozen;
using static InternalTthc.Core.Cases.CaseStatus;

namespace InternalTthc.Core.Cases;

/// <summary>
/// The case lifecycle as one table: draft -> submitted -> received -> in progress ->
/// (waiting for supplement &lt;-> supplemented) -> [awaiting approval] -> resolved | rejected | withdrawn.
/// </summary>
public static class CaseWorkflow
{
    private static readonly CaseStatus[] Handling = [Received, InProgress, Supplemented];
    private static readonly CaseStatus[] Open = [Submitted, Received, InProgress, WaitingForSupplement, Supplemented, AwaitingApproval];

    public static IReadOnlyList<CaseTransition> Transitions { get; } =
    [
        // Submit goes to AwaitingConfirmation instead when the procedure needs the unit's confirmation.
        Row(CaseAction.Submit, [Draft], CaseRole.Requester, Submitted),
        Row(CaseAction.ConfirmForUnit, [AwaitingConfirmation], CaseRole.UnitFocalPoint, Submitted),
        Row(CaseAction.Withdraw, [Draft, AwaitingConfirmation, Submitted, Received, InProgress, WaitingForSupplement, Supplemented],
            CaseRole.Requester | CaseRole.UnitFocalPoint, Withdrawn),
        Row(CaseAction.Receive, [Submitted], CaseRole.ExecutingAgent, Received),
        Row(CaseAction.RefuseInvalid, [Submitted], CaseRole.ExecutingAgent, Rejected),
        Row(CaseAction.StartProcessing, [Received, Supplemented], CaseRole.ExecutingAgent, InProgress),
        Row(CaseAction.RequestSupplement, [Submitted, .. Handling], CaseRole.ExecutingAgent, WaitingForSupplement),
        Row(CaseAction.Supplement, [WaitingForSupplement], CaseRole.Requester | CaseRole.UnitFocalPoint, Supplemented),
        // Resolve goes to AwaitingApproval instead when the procedure's result needs the deciding authority.
        Row(CaseAction.Resolve, Handling, CaseRole.ExecutingAgent, Resolved),
        Row(CaseAction.Approve, [AwaitingApproval], CaseRole.DecidingAuthority, Resolved),
        Row(CaseAction.ReturnForRework, [AwaitingApproval], CaseRole.DecidingAuthority, InProgress),
        Row(CaseAction.Reject, [.. Handling, AwaitingApproval], CaseRole.ExecutingAgent | CaseRole.DecidingAuthority, Rejected),
        Row(CaseAction.Reopen, [Resolved, Rejected], CaseRole.ExecutingAgent, InProgress),
        Row(CaseAction.Assign, Open, CaseRole.ExecutingAgent, null),
        // Only cases whose procedure names stages; the first stage starts the processing.
        Row(CaseAction.MoveToStage, Handling, CaseRole.ExecutingAgent, InProgress),
    ];

    private static readonly FrozenDictionary<CaseAction, CaseTransition> ByAction =
        Transitions.ToFrozenDictionary(t => t.Action);

    public static CaseTransition For(CaseAction action) => ByAction[action];

    /// <summary>Null when allowed; otherwise the reason why not, in the reader's language.</summary>
    public static string? WhyNot(CaseAction action, CaseStatus status, CaseRole roles)
    {
        var t = For(action);
        if ((t.AllowedRoles & roles) == CaseRole.None)
        {
            return CaseTexts.Get("NotYourRole", CaseTexts.Action(action));
        }

        return t.From.Contains(status) ? null
            : CaseTexts.Get("NotInThisStatus", CaseTexts.Action(action), CaseTexts.Status(status));
    }

    public static bool IsAllowed(CaseAction action, CaseStatus status, CaseRole roles) => WhyNot(action, status, roles) is null;

    public static bool IsClosed(CaseStatus status) => status is Resolved or Rejected or Withdrawn;

    private static CaseTransition Row(CaseAction action, CaseStatus[] from, CaseRole roles, CaseStatus? to) =>
        new(action, from.ToFrozenSet(), roles, to);
}
