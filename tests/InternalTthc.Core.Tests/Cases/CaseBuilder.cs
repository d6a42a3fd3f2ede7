using InternalTthc.Core.Cases;
using static InternalTthc.Core.Cases.CaseStatus;

namespace InternalTthc.Core.Tests.Cases;

/// <summary>Drives a case through the lifecycle to any status, the way people would.</summary>
internal static class CaseBuilder
{
    public static readonly Guid Requester = Guid.NewGuid();
    public static readonly DateTimeOffset Now = new(2026, 4, 23, 7, 30, 0, TimeSpan.Zero);
    public static readonly CaseActor RequesterActor = new(Requester, CaseRole.Requester);
    public static readonly CaseActor Agent = new(Guid.NewGuid(), CaseRole.ExecutingAgent);
    public static readonly CaseActor Decider = new(Guid.NewGuid(), CaseRole.DecidingAuthority);
    public static readonly CaseActor FocalPoint = new(Guid.NewGuid(), CaseRole.UnitFocalPoint);

    public static Case Open(bool needsConfirmation = false, bool needsApproval = false, Guid? unitId = null, Guid? executingUnitId = null) =>
        Case.Open(new CaseOpening
        {
            JurisdictionCode = "test-province",
            ProcedureCode = "tst-focal",
            UnitId = unitId ?? Guid.NewGuid(),
            RequesterId = Requester,
            ExecutingUnitId = executingUnitId ?? Guid.NewGuid(),
            DecidingUnitId = Guid.NewGuid(),
            NeedsUnitConfirmation = needsConfirmation,
            NeedsApproval = needsApproval,
            StageCount = 4,
        }, Now);

    public static Case InStatus(CaseStatus status)
    {
        var c = Open(needsConfirmation: status == AwaitingConfirmation, needsApproval: status == AwaitingApproval);
        var due = Now.AddDays(3);
        if (status == Draft) return c;
        c.Submit(RequesterActor, Now, due);
        switch (status)
        {
            case AwaitingConfirmation or Submitted:
                return c;
            case Rejected:
                c.RefuseInvalid(Agent, Now, "Hồ sơ không hợp lệ");
                return c;
            case Withdrawn:
                c.Withdraw(RequesterActor, Now, "Không còn nhu cầu");
                return c;
        }

        c.Receive(Agent, Now, due);
        if (status == Received) return c;
        if (status is WaitingForSupplement or Supplemented)
        {
            c.RequestSupplement(Agent, Now, "Bổ sung số điện thoại", TimeSpan.FromHours(16));
            if (status == Supplemented) c.Supplement(RequesterActor, Now, FormAnswers.Empty, null, due);
            return c;
        }

        c.StartProcessing(Agent, Now);
        if (status == InProgress) return c;
        c.Resolve(Agent, Now, new CaseResult("12/TB-TTCNTT", new DateOnly(2026, 4, 24), "Đã cấp", []));
        return c;
    }

    /// <summary>Runs one action with the inputs it needs.</summary>
    public static void Do(Case c, CaseAction action, CaseActor actor)
    {
        var result = new CaseResult("15/TB-TTCNTT", new DateOnly(2026, 4, 24), "Đã xử lý", []);
        switch (action)
        {
            case CaseAction.Submit: c.Submit(actor, Now, null); break;
            case CaseAction.ConfirmForUnit: c.ConfirmForUnit(actor, Now, null); break;
            case CaseAction.Withdraw: c.Withdraw(actor, Now, "Rút"); break;
            case CaseAction.Receive: c.Receive(actor, Now, null); break;
            case CaseAction.RefuseInvalid: c.RefuseInvalid(actor, Now, "Thiếu văn bản"); break;
            case CaseAction.StartProcessing: c.StartProcessing(actor, Now); break;
            case CaseAction.RequestSupplement: c.RequestSupplement(actor, Now, "Thiếu chữ ký", null); break;
            case CaseAction.Supplement: c.Supplement(actor, Now, FormAnswers.Empty, null, null); break;
            case CaseAction.Resolve: c.Resolve(actor, Now, result); break;
            case CaseAction.Approve: c.Approve(actor, Now, null); break;
            case CaseAction.ReturnForRework: c.ReturnForRework(actor, Now, "Sửa lại"); break;
            case CaseAction.Reject: c.Reject(actor, Now, "Không đủ điều kiện"); break;
            case CaseAction.Reopen: c.Reopen(actor, Now, "Người dùng phản ánh", null); break;
            case CaseAction.Assign: c.Assign(actor, actor.PersonId, Now); break;
            case CaseAction.MoveToStage: c.MoveToStage(actor, Now, c.Stage + 1, "Xác minh, phân loại sự cố"); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
