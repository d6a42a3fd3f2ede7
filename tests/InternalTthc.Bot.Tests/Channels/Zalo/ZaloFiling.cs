namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>What a focal point types on Zalo to file a Cần Thơ mailbox password reset, through the signed webhook.</summary>
public static class ZaloFiling
{
    /// <summary>From the menu to the summary before sending: one annex row, the signed letter as a file of his.</summary>
    public static async Task ToSummaryAsync(ZaloService zalo, ZaloUser user, Func<Task> sendLetter)
    {
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        await zalo.TurnAsync(() => user.TapAsync("Cấp lại mật khẩu hộp thư"));
        await zalo.TurnAsync(() => user.SayAsync("bỏ qua"));
        await zalo.TurnAsync(() => user.SayAsync("Huỳnh Văn Phúc; Sở Tài chính; Chuyên viên; 0913000002; phuc.hv@cantho.gov.vn; quên mật khẩu"));
        await zalo.TurnAsync(() => user.SayAsync("bỏ qua"));
        await zalo.TurnAsync(() => user.SayAsync("bỏ qua"));
        Assert.Contains("Tệp công văn đề nghị đã ký", user.LastText);
        await zalo.TurnAsync(sendLetter);
        Assert.Contains("Kiểm tra trước khi gửi", user.LastText);
    }
}
