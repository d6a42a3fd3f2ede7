using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// What the channel no longer asks Zalo again and again: a guest's display name (once a day, a failed read retried soon),
/// a result file's upload (once for the upload's life: the OA's monthly upload quota is small); and a refused upload
/// reaches the person as the file's link with a line saying why, never as nothing.
/// </summary>
public sealed class ZaloMemoryTests
{
    private const string Stranger = "7001002003004005088";
    private const string Ngoc = "7001002003004005006";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_guest_s_display_name_is_read_once_a_day_and_a_failed_read_is_tried_again_a_minute_later()
    {
        await using var zalo = await ZaloService.StartAsync(environment: "Development");
        zalo.Oa.DisplayNames[Stranger] = "Khánh Vy";
        var user = zalo.User(Stranger);

        zalo.Oa.FailNextDetails(-32);
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        await zalo.TurnAsync(() => user.SayAsync("thủ tục cấp lại mật khẩu"));
        Assert.Equal(1, zalo.Oa.DetailReads); // the failure is remembered briefly, not asked at the next message

        zalo.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        await zalo.TurnAsync(() => user.SayAsync("tìm câu hỏi hộp thư"));
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        Assert.Equal(2, zalo.Oa.DetailReads);

        zalo.Host.Clock.Advance(TimeSpan.FromHours(25));
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        Assert.Equal(3, zalo.Oa.DetailReads);
        Assert.Empty(zalo.Oa.Violations);
    }

    [Fact]
    public async Task A_result_file_shown_again_is_not_uploaded_again_within_six_days()
    {
        await using var zalo = await ZaloService.StartAsync();
        var user = await ResolvedAsync(zalo);
        var first = Assert.Single(FilesSent(user, 0));
        Assert.Equal(1, zalo.Oa.UploadCount);

        var seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync("tra cứu CTO-2026-00001"));
        Assert.Equal(first, Assert.Single(FilesSent(user, seen)));
        Assert.Equal(1, zalo.Oa.UploadCount);

        // Zalo keeps an upload about 7 days: after 6 the file is uploaded anew.
        zalo.Host.Clock.Advance(TimeSpan.FromDays(6) + TimeSpan.FromHours(1));
        seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync("tra cứu CTO-2026-00001"));
        Assert.NotEqual(first, Assert.Single(FilesSent(user, seen)));
        Assert.Equal(2, zalo.Oa.UploadCount);
        Assert.Empty(zalo.Oa.Violations);
    }

    [Fact]
    public async Task An_upload_Zalo_refuses_reaches_the_person_as_the_file_s_link_with_a_line_saying_why()
    {
        await using var zalo = await ZaloService.StartAsync();
        zalo.Oa.FailNextUploads(-211); // the OA's upload quota is spent
        var user = await ResolvedAsync(zalo);

        var instead = Assert.Single(user.Received, m => m.Text.Contains("ket-qua-31.pdf", StringComparison.Ordinal) && m.Buttons.Count == 1);
        Assert.Equal("Zalo không nhận được tệp \"ket-qua-31.pdf\" lúc này, nên tệp không gửi kèm được. Bạn mở tệp bằng liên kết bên dưới.", instead.Text);
        var (title, type, url) = instead.Buttons[0];
        Assert.Equal(("Mở tệp", "oa.open.url"), (title, type));
        using var http = new HttpClient();
        Assert.Equal(ZaloScenarioTests.ResultLetter, await http.GetByteArrayAsync(new Uri(url), Ct));
        Assert.Empty(zalo.Oa.Violations);
    }

    /// <summary>The distinct upload ids of the file messages the user received since <paramref name="from"/>.</summary>
    private static List<string?> FilesSent(ZaloUser user, int from) =>
        [.. user.Received.Skip(from).Where(m => m.AttachmentType == "file").Select(m => m.UploadId).Distinct()];

    /// <summary>Ngọc, linked, files a Cần Thơ password reset on Zalo; the agent resolves it with a pdf result; the notice is sent.</summary>
    private static async Task<ZaloUser> ResolvedAsync(ZaloService zalo)
    {
        var desk = new CaseDesk(zalo.Host.Services);
        await desk.LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);
        await ZaloFiling.ToSummaryAsync(zalo, user, () => user.SendFileAsync("cong-van-12.pdf", "%PDF-1.4 công văn số 12"u8.ToArray()));
        await zalo.TurnAsync(() => user.TapAsync("Gửi hồ sơ"));
        var filed = await desk.FindAsync("CTO-2026-00001");
        var agentId = await desk.PersonIdAsync("cto.cntt");
        await zalo.ActAsync(s => s.ReceiveAsync(filed.Id, agentId, Ct));
        CaseFile[] result = [await ZaloScenarioTests.KeepAsync(zalo, filed.Id, "ket-qua-31.pdf", "application/pdf", ZaloScenarioTests.ResultLetter)];
        await zalo.ActAsync(s => s.ResolveAsync(filed.Id, agentId, new CaseResult("31/TTCNTT", new DateOnly(2026, 3, 3), "Đã cấp lại mật khẩu", result), Ct));

        await zalo.DispatchAsync();
        return user;
    }
}
