using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>Whole conversations of a Zalo user through the signed webhook, the real turn pipeline and the fake OA API.</summary>
public sealed class ZaloConversationTests
{
    private const string Ngoc = "7001002003004005006";
    private const string Hieu = "7001002003004005099";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string> IncidentAnswers = new()
    {
        ["Hệ thống hoặc thiết bị"] = "Máy tính phòng kế toán", ["Vị trí"] = "Phòng kế toán, Sở Giáo dục và Đào tạo",
        ["Thời điểm"] = "01/01/2026 08:00", ["Số điện thoại"] = "0915000002",
    };

    [Fact]
    public async Task A_focal_point_files_a_Can_Tho_password_reset_with_an_annex_row_and_a_file_gets_the_result_on_Zalo_and_follows_it_on_Web_Chat()
    {
        await using var zalo = await ZaloService.StartAsync();
        var desk = new CaseDesk(zalo.Host.Services);
        await desk.LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);

        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", user.LastText);
        Assert.Equal(["Cấp mới hộp thư điện tử", "Cấp lại mật khẩu hộp thư", "Hồ sơ của tôi"], user.Received[^1].Buttons.Select(b => b.Title));
        Assert.All(user.Received[^1].Buttons, b => Assert.Matches("^#a:[A-Za-z0-9_-]{8}$", b.Payload)); // the choice's data stays on the server

        await zalo.TurnAsync(() => user.TapAsync("Cấp lại mật khẩu hộp thư"));
        Assert.Contains("Yêu cầu cấp lại mật khẩu hộp thư điện tử đối với cơ quan nhà nước, đơn vị (không bắt buộc", user.LastText);
        await zalo.TurnAsync(() => user.SayAsync("bỏ qua"));
        Assert.Contains("(1) Họ tên người dùng", user.LastText);
        await zalo.TurnAsync(() => user.SayAsync("Huỳnh Văn Phúc; Sở Tài chính; Chuyên viên; 0913000002; phuc@cantho"));
        Assert.Contains("Dòng 1: Địa chỉ thư điện tử \"phuc@cantho\" không hợp lệ", user.LastText); // the same validation as every channel
        await zalo.TurnAsync(() => user.SayAsync("Huỳnh Văn Phúc; Sở Tài chính; Chuyên viên; 0913000002; phuc.hv@cantho.gov.vn; quên mật khẩu"));
        await zalo.TurnAsync(() => user.SayAsync("bỏ qua"));
        await zalo.TurnAsync(() => user.SayAsync("bỏ qua"));
        Assert.Contains("Tệp công văn đề nghị đã ký", user.LastText);
        await zalo.TurnAsync(() => user.SendFileAsync("cong-van-12.pdf", "%PDF-1.4 công văn số 12"u8.ToArray()));
        Assert.Contains("Kiểm tra trước khi gửi", user.LastText);
        Assert.Contains("1 dòng (xem danh sách dưới đây)", user.LastText);
        Assert.Contains("Huỳnh Văn Phúc", user.LastText);
        Assert.Contains("cong-van-12.pdf", user.LastText);

        await zalo.TurnAsync(() => user.TapAsync("Gửi hồ sơ"));
        Assert.Contains("Đã gửi hồ sơ thành công. Mã hồ sơ: CTO-2026-00001", user.TextSince(0));
        var filed = await desk.FindAsync("CTO-2026-00001");
        Assert.Equal("cong-van-12.pdf", Assert.Single(filed.Attachments).FileName);
        Assert.Equal("phuc.hv@cantho.gov.vn", filed.Answers.Values["individuals"][0].GetProperty("mailboxAddress").GetString());

        // The agent handles it; the requester hears of each step where he wrote, on Zalo.
        var agent = await desk.PersonIdAsync("cto.cntt");
        var seen = user.Received.Count;
        await zalo.ActAsync(s => s.ReceiveAsync(filed.Id, agent, Ct));
        await zalo.ActAsync(s => s.ResolveAsync(filed.Id, agent, new CaseResult("31/TTCNTT", new DateOnly(2026, 3, 3), "Đã cấp lại mật khẩu", []), Ct));
        await zalo.DispatchAsync();
        var news = user.TextSince(seen);
        Assert.Contains("Hồ sơ CTO-2026-00001 đã được tiếp nhận và đang chờ xử lý.", news);
        Assert.Contains("Hồ sơ CTO-2026-00001 đã có kết quả: văn bản số 31/TTCNTT ngày 03/03/2026.", news);

        // The same person goes on in Web Chat: the case is there.
        var web = new ChatDriver(zalo.Host.Services, "cto.daumoi");
        await web.SayAsync("tra cứu CTO-2026-00001");
        Assert.Contains("Hồ sơ CTO-2026-00001", web.LastText);
        Assert.Contains("Đã có kết quả", web.LastText);

        // Zalo echoes every message the OA sent: those the bot sent are its own and leave it answering.
        foreach (var sent in user.Received.ToList()) await user.EchoAsync(sent.Text, sent.MessageId);
        zalo.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", user.TextSince(seen));
        Assert.Empty(zalo.Oa.Violations);
    }

    [Fact]
    public async Task An_incident_told_in_plain_words_on_Zalo_is_filed_urgent_one_question_at_a_time_and_its_stages_reach_the_reporter()
    {
        await using var zalo = await ZaloService.StartAsync();
        var desk = new CaseDesk(zalo.Host.Services);
        await desk.LinkAsync("zalo", Hieu, "tth.canbo");
        var user = zalo.User(Hieu);

        await zalo.TurnAsync(() => user.SayAsync("máy kế toán bị nhiễm mã độc từ sáng nay, không mở được tệp"));
        Assert.Contains("Tôi ghi nhận sự cố: Mã độc; mức độ", user.TextSince(0));
        for (var i = 0; i < 12 && !user.LastText.Contains("Kiểm tra trước khi gửi", StringComparison.Ordinal); i++)
        {
            // The question asked last is the title in 【】 that comes last: required ones answered, the others skipped.
            var asked = IncidentAnswers.Keys.MaxBy(k => user.LastText.LastIndexOf("【" + k, StringComparison.Ordinal));
            var answer = asked is not null && user.LastText.Contains("【" + asked, StringComparison.Ordinal) ? IncidentAnswers[asked] : "bỏ qua";
            await zalo.TurnAsync(() => user.SayAsync(answer));
        }

        Assert.True(user.LastText.Contains("Kiểm tra trước khi gửi", StringComparison.Ordinal), user.TextSince(0));
        Assert.Contains("máy kế toán bị nhiễm mã độc", user.LastText); // the words he typed, pre-filled
        await zalo.TurnAsync(() => user.TapAsync("Gửi hồ sơ"));
        Assert.Contains("Đã gửi hồ sơ thành công. Mã hồ sơ: TTH-2026-00001", user.TextSince(0));
        var filed = await desk.FindAsync("TTH-2026-00001");
        Assert.True(filed.Urgent);

        // The agent receives it and starts the first response stage; the reporter hears of both on Zalo, as new messages.
        var agent = await desk.PersonIdAsync("tth.cntt");
        var seen = user.Received.Count;
        await zalo.ActAsync(s => s.ReceiveAsync(filed.Id, agent, Ct));
        zalo.Host.Clock.Advance(TimeSpan.FromMinutes(20));
        await zalo.ActAsync(s => s.MoveToStageAsync(filed.Id, agent, null, Ct));
        await zalo.DispatchAsync();
        var news = user.TextSince(seen);
        Assert.Contains("Hồ sơ TTH-2026-00001 đã được tiếp nhận", news);
        Assert.Contains("Hồ sơ TTH-2026-00001 đã chuyển sang giai đoạn xử lý: Xác minh, phân tích, đánh giá và phân loại sự cố", news);
        Assert.Empty(zalo.Oa.Violations);
    }

    [Fact]
    public async Task A_notification_Zalo_refuses_outside_its_7_day_window_goes_to_Web_Chat_and_the_case_timeline_says_so()
    {
        await using var zalo = await ZaloService.StartAsync();
        var desk = new CaseDesk(zalo.Host.Services);
        await desk.LinkAsync("zalo", Ngoc, "cto.daumoi");
        var web = new ChatDriver(zalo.Host.Services, "cto.daumoi");
        await web.SayAsync("xin chào");
        var user = zalo.User(Ngoc);
        zalo.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await zalo.TurnAsync(() => user.SayAsync("xin chào")); // Zalo is where she wrote last: tried first
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        await zalo.DispatchAsync();
        var filed = await desk.FindAsync(code);

        var seen = user.Received.Count;
        zalo.Oa.FailNext(-230);
        await zalo.ActAsync(async s => await s.ReceiveAsync(filed.Id, await desk.PersonIdAsync("cto.cntt"), Ct));
        await zalo.DispatchAsync();

        Assert.Equal(seen, user.Received.Count);
        Assert.Contains(await web.NoticesAsync(), n => ChatDriver.Text(n).Contains($"Hồ sơ {code} đã được tiếp nhận", StringComparison.Ordinal));
        var note = Assert.Single((await desk.FindAsync(code)).Timeline, e => e.Action == CaseAction.Note).Note;
        Assert.Equal("Thông báo cho Lâm Thị Ngọc (demo) không gửi được qua Zalo vì người nhận chưa nhắn tin trong thời hạn kênh này cho phép; đã gửi qua Web Chat.", note);
    }

    [Fact]
    public async Task A_person_typing_in_the_OA_chat_takes_the_conversation_over_and_the_bot_is_silent_until_the_pause_ends()
    {
        await using var zalo = await ZaloService.StartAsync();
        await new CaseDesk(zalo.Host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));

        await user.EchoAsync("Chào chị Ngọc, em là Tâm ở Trung tâm CNTT, em hỗ trợ chị nhé.");
        zalo.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await zalo.DispatchAsync();
        var seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync("Chị quên mật khẩu hộp thư em ạ"));
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        Assert.Equal(seen, user.Received.Count); // the person reads her in the OA's chat; the bot says nothing
        Assert.Contains(zalo.Host.Logs.Entries, l => l.Message.Contains("a person replied from the OA's own chat", StringComparison.Ordinal));

        zalo.Host.Clock.Advance(TimeSpan.FromMinutes(31));
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        Assert.Contains("Chào Lâm Thị Ngọc (demo)!", user.TextSince(seen));
    }

    [Fact]
    public async Task Events_that_arrive_out_of_order_are_processed_in_the_order_Zalo_stamped_them()
    {
        await using var zalo = await ZaloService.StartAsync();
        await new CaseDesk(zalo.Host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);
        var now = zalo.Host.Clock.GetUtcNow();

        await user.AcceptedAsync(user.Event("user_send_text", user.Message("hồ sơ của tôi"), at: now.AddSeconds(-5)));
        await user.AcceptedAsync(user.Event("user_send_text", user.Message("xin chào"), at: now.AddSeconds(-10)));
        await zalo.DispatchAsync();

        Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", user.Received[0].Text);
        Assert.DoesNotContain("Xin chào", user.Received[^1].Text);
    }
}
