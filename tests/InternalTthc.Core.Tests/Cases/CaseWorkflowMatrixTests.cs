using InternalTthc.Core.Cases;
using static InternalTthc.Core.Cases.CaseStatus;

namespace InternalTthc.Core.Tests.Cases;

/// <summary>
/// Every status x action x role, run through the aggregate. The expectations below are written
/// from the lifecycle the issue states, independently of <see cref="CaseWorkflow"/>'s table.
/// </summary>
public sealed class CaseWorkflowMatrixTests
{
    private const CaseRole Requester = CaseRole.Requester;
    private const CaseRole Focal = CaseRole.UnitFocalPoint;
    private const CaseRole Agent = CaseRole.ExecutingAgent;
    private const CaseRole Decider = CaseRole.DecidingAuthority;

    private static readonly CaseRole[] Roles =
        [CaseRole.Requester, CaseRole.UnitFocalPoint, CaseRole.ExecutingAgent, CaseRole.DecidingAuthority, CaseRole.Administrator, CaseRole.None];

    // action -> (allowed from, allowed roles, status after)
    public static TheoryData<CaseAction, CaseStatus[], CaseRole, CaseStatus?> Expected => new()
    {
        { CaseAction.Submit, [Draft], Requester, Submitted },
        { CaseAction.ConfirmForUnit, [AwaitingConfirmation], Focal, Submitted },
        { CaseAction.Withdraw, [Draft, AwaitingConfirmation, Submitted, Received, InProgress, WaitingForSupplement, Supplemented], Requester | Focal, Withdrawn },
        { CaseAction.Receive, [Submitted], Agent, Received },
        { CaseAction.RefuseInvalid, [Submitted], Agent, Rejected },
        { CaseAction.StartProcessing, [Received, Supplemented], Agent, InProgress },
        { CaseAction.RequestSupplement, [Submitted, Received, InProgress, Supplemented], Agent, WaitingForSupplement },
        { CaseAction.Supplement, [WaitingForSupplement], Requester | Focal, Supplemented },
        { CaseAction.Resolve, [Received, InProgress, Supplemented], Agent, Resolved },
        { CaseAction.Approve, [AwaitingApproval], Decider, Resolved },
        { CaseAction.ReturnForRework, [AwaitingApproval], Decider, InProgress },
        { CaseAction.Reject, [Received, InProgress, Supplemented, AwaitingApproval], Agent | Decider, Rejected },
        { CaseAction.Reopen, [Resolved, Rejected], Agent, InProgress },
        { CaseAction.Assign, [Submitted, Received, InProgress, WaitingForSupplement, Supplemented, AwaitingApproval], Agent, null },
        { CaseAction.MoveToStage, [Received, InProgress, Supplemented], Agent, InProgress },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Action_is_allowed_exactly_from_its_states_for_its_roles(CaseAction action, CaseStatus[] from, CaseRole roles, CaseStatus? after)
    {
        var mismatches = new List<string>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            foreach (var role in Roles)
            {
                var c = CaseBuilder.InStatus(status);
                var actor = new CaseActor(role == CaseRole.Requester ? CaseBuilder.Requester : Guid.NewGuid(), role);
                var events = c.Timeline.Count;
                var allowed = from.Contains(status) && (roles & role) != CaseRole.None;
                try
                {
                    CaseBuilder.Do(c, action, actor);
                    if (!allowed) mismatches.Add($"{status} x {role}: was allowed");
                    else if (c.Status != (after ?? status)) mismatches.Add($"{status} x {role}: went to {c.Status}, expected {after ?? status}");
                    else if (c.Timeline.Count != events + 1 || c.Timeline[^1].Action != action || c.Timeline[^1].ActorId != actor.PersonId)
                        mismatches.Add($"{status} x {role}: no timeline event");
                }
                catch (WorkflowException ex)
                {
                    if (allowed) mismatches.Add($"{status} x {role}: refused ({ex.Message})");
                    else if (c.Status != status || c.Timeline.Count != events) mismatches.Add($"{status} x {role}: refused but changed the case");
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{action}:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches)}");
    }

    [Fact]
    public void Table_covers_every_action()
    {
        // A note is the service's line on the timeline, never pressed by anyone: it has no row.
        Assert.Equal(Enum.GetValues<CaseAction>().Where(a => a != CaseAction.Note).Order(), Expected.Select(row => row.Data.Item1).Order());
    }
}
