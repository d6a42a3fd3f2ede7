namespace InternalTthc.Core.Cases;

/// <summary>Vietnamese names of statuses and actions, for messages and the timeline.</summary>
public static class CaseTexts
{
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Draft => "Đang soạn",
        CaseStatus.AwaitingConfirmation => "Chờ đơn vị xác nhận",
        CaseStatus.Submitted => "Đã gửi, chờ tiếp nhận",
        CaseStatus.Received => "Đã tiếp nhận",
        CaseStatus.InProgress => "Đang xử lý",
        CaseStatus.WaitingForSupplement => "Chờ bổ sung hồ sơ",
        CaseStatus.Supplemented => "Đã bổ sung",
        CaseStatus.AwaitingApproval => "Chờ lãnh đạo phê duyệt",
        CaseStatus.Resolved => "Đã có kết quả",
        CaseStatus.Rejected => "Bị từ chối",
        CaseStatus.Withdrawn => "Đã rút",
        _ => status.ToString(),
    };

    public static string Action(CaseAction action) => action switch
    {
        CaseAction.Submit => "gửi",
        CaseAction.ConfirmForUnit => "xác nhận thay đơn vị",
        CaseAction.Withdraw => "rút",
        CaseAction.Receive => "tiếp nhận",
        CaseAction.RefuseInvalid => "từ chối tiếp nhận",
        CaseAction.StartProcessing => "bắt đầu xử lý",
        CaseAction.RequestSupplement => "yêu cầu bổ sung",
        CaseAction.Supplement => "bổ sung",
        CaseAction.Resolve => "trả kết quả",
        CaseAction.Approve => "phê duyệt",
        CaseAction.ReturnForRework => "trả lại để xử lý tiếp",
        CaseAction.Reject => "từ chối",
        CaseAction.Reopen => "mở lại",
        CaseAction.Assign => "phân công",
        CaseAction.MoveToStage => "chuyển giai đoạn xử lý",
        CaseAction.Note => "ghi chú",
        _ => action.ToString(),
    };
}
