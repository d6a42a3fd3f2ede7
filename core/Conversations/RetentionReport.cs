namespace InternalTthc.Core.Conversations;

/// <summary>How many of each were forgotten.</summary>
public sealed record RetentionReport(int Forms, int DirectLineEntries, int LedgerRecords)
{
    public override string ToString() =>
        $"Đã xóa {Forms} biểu mẫu chưa gửi, {DirectLineEntries} tin nhắn Web Chat cũ, {LedgerRecords} bản ghi chống gửi lặp.";
}
