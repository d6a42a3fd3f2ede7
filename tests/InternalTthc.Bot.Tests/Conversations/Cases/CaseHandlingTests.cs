using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using static InternalTthc.Core.Cases.CaseAction;

namespace InternalTthc.Bot.Tests.Conversations.Cases;

/// <summary>
/// Cases handled in chat through the real turn pipeline, one kind of procedure each: the agent's buttons
/// on the case card, the requester's answers, the deciding authority's approval; status and timeline checked.
/// </summary>
public sealed class CaseHandlingTests
{
    private static readonly TimeSpan Later = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task A_password_reset_is_received_supplemented_resolved_and_rated()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        var agent = new ChatDriver(host.Services, "cto.cntt");
        var requester = new ChatDriver(host.Services, "cto.daumoi");

        await agent.SayAsync("xin chào");
        await agent.PressAsync("Hồ sơ cần xử lý");
        await agent.PressAsync($"Xem {code}");
        await agent.PressAsync("Tiếp nhận");
        Assert.Contains($"Đã tiếp nhận hồ sơ {code}.", agent.LastText);
        Assert.Contains("Đã tiếp nhận", agent.LastText);
        Assert.Contains("Trương Thanh Tâm (demo)", agent.LastText); // the receiver is its agent now

        host.Clock.Advance(Later);
        await agent.PressAsync("Yêu cầu bổ sung");
        Assert.Contains("Cần ghi rõ lý do hoặc nội dung khi chọn \"Yêu cầu bổ sung\".", agent.LastText);
        Assert.Equal(CaseStatus.Received, (await desk.FindAsync(code)).Status);
        await agent.PressAsync("Yêu cầu bổ sung", new Dictionary<string, string> { ["note"] = "Xin gửi ảnh chụp thông báo lỗi khi đăng nhập." });
        Assert.Contains($"Đã gửi yêu cầu bổ sung hồ sơ {code}.", agent.LastText);

        host.Clock.Advance(Later);
        await requester.SayAsync($"tra cứu {code}");
        Assert.Contains("Xin gửi ảnh chụp thông báo lỗi khi đăng nhập.", requester.LastText);
        await requester.PressAsync("Gửi bổ sung", new Dictionary<string, string> { ["note"] = "Lỗi: sai mật khẩu quá 5 lần, tài khoản bị khóa." });
        Assert.Contains($"Đã gửi nội dung bổ sung cho hồ sơ {code}.", requester.LastText);
        Assert.DoesNotContain("Gửi bổ sung", requester.LastText);

        host.Clock.Advance(Later);
        await agent.SayAsync($"tra cứu {code}");
        Assert.Contains("Lỗi: sai mật khẩu quá 5 lần, tài khoản bị khóa.", agent.LastText);
        await agent.PressAsync("Trả kết quả", new Dictionary<string, string> { ["documentNumber"] = "15/TTCNTT", ["documentDate"] = "31/02/2026", ["summary"] = "Đã cấp lại mật khẩu." });
        Assert.Contains("Ngày văn bản phải có dạng ngày/tháng/năm", agent.LastText);
        Assert.Contains("15/TTCNTT", agent.LastText); // what was typed is kept
        await agent.PressAsync("Trả kết quả", new Dictionary<string, string> { ["documentNumber"] = "15/TTCNTT", ["documentDate"] = "2026-03-02", ["summary"] = "Đã cấp lại mật khẩu." });
        Assert.Contains($"Trả kết quả hồ sơ {code}: hãy gửi tệp kết quả", agent.LastText); // the result waits for its files
        Assert.Equal(CaseStatus.Supplemented, (await desk.FindAsync(code)).Status);
        await agent.SayAsync("bỏ qua");
        Assert.Contains($"Đã trả kết quả hồ sơ {code}.", agent.LastText);
        Assert.Contains("Số văn bản kết quả\n15/TTCNTT", agent.LastText);
        Assert.Contains("02/03/2026", agent.LastText);

        host.Clock.Advance(Later);
        await requester.SayAsync($"tra cứu {code}");
        Assert.Contains("Đã cấp lại mật khẩu.", requester.LastText);
        await requester.PressAsync("Gửi đánh giá", new Dictionary<string, string> { ["score"] = "5", ["comment"] = "Nhanh, chu đáo." });
        Assert.Contains($"Cảm ơn bạn đã đánh giá kết quả hồ sơ {code}.", requester.LastText);
        Assert.Contains("5/5 — Nhanh, chu đáo.", requester.LastText);
        Assert.DoesNotContain("Gửi đánh giá", requester.LastText);

        var c = await desk.FindAsync(code);
        Assert.Equal(CaseStatus.Resolved, c.Status);
        Assert.Equal(5, c.Rating!.Score);
        Assert.Equal("15/TTCNTT", c.Result!.DocumentNumber);
        Assert.Equal([Submit, Receive, RequestSupplement, Supplement, Resolve], CaseDesk.Actions(c));
        await CardSchema.AssertValidAsync([.. agent.Cards, .. requester.Cards]);
    }

    [Fact]
    public async Task An_urgent_incident_heads_the_queue_and_is_taken_started_and_resolved()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var ordinary = await desk.FileAsync("tth.daumoi", "tth-mailbox");
        host.Clock.Advance(Later);
        var incident = await desk.FileAsync("tth.canbo", "tth-incident");
        var agent = new ChatDriver(host.Services, "tth.cntt");

        await agent.SayAsync("hàng đợi");
        Assert.True(agent.LastText.IndexOf(incident, StringComparison.Ordinal) < agent.LastText.IndexOf(ordinary, StringComparison.Ordinal));
        await agent.PressAsync($"Xem {incident}");
        await agent.PressAsync("Nhận xử lý (giao cho tôi)");
        Assert.Contains($"Bạn đã nhận xử lý hồ sơ {incident}.", agent.LastText);
        Assert.DoesNotContain("Nhận xử lý (giao cho tôi)", agent.LastText);
        host.Clock.Advance(Later);
        await agent.PressAsync("Tiếp nhận");
        host.Clock.Advance(Later);
        await agent.PressAsync("Bắt đầu xử lý");
        Assert.Contains("Đang xử lý", agent.LastText);
        host.Clock.Advance(Later);
        await agent.PressAsync("Trả kết quả", new Dictionary<string, string> { ["documentNumber"] = "BC-07/STTTT", ["documentDate"] = "2026-03-02", ["summary"] = "Đã cô lập máy nhiễm mã độc và khôi phục dữ liệu." });
        await agent.SayAsync("bỏ qua");

        var c = await desk.FindAsync(incident);
        Assert.Equal(CaseStatus.Resolved, c.Status);
        Assert.Equal(await desk.PersonIdAsync("tth.cntt"), c.AssigneeId);
        Assert.Equal([Submit, Assign, Receive, StartProcessing, Resolve], CaseDesk.Actions(c));
        await CardSchema.AssertValidAsync(agent.Cards);
    }

    [Fact]
    public async Task A_result_needing_approval_is_returned_for_rework_then_approved_by_the_deciding_authority()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("tth.daumoi", "tth-dti");
        var agent = new ChatDriver(host.Services, "tth.cntt");
        var authority = new ChatDriver(host.Services, "tth.ubnd");
        var result = new Dictionary<string, string> { ["documentNumber"] = "120/BC-STTTT", ["documentDate"] = "2026-03-02", ["summary"] = "Điểm DTI: 0,78." };

        await agent.SayAsync($"tra cứu {code}");
        await agent.PressAsync("Tiếp nhận");
        host.Clock.Advance(Later);
        await agent.PressAsync("Trả kết quả", result);
        await agent.SayAsync("bỏ qua");
        Assert.Contains("Chờ lãnh đạo phê duyệt", agent.LastText);
        Assert.DoesNotContain("Phê duyệt", agent.LastText); // only the deciding authority approves

        host.Clock.Advance(Later);
        await authority.SayAsync($"tra cứu {code}");
        Assert.Contains("Điểm DTI: 0,78.", authority.LastText);
        await authority.PressAsync("Trả lại để xử lý tiếp", new Dictionary<string, string> { ["note"] = "Bổ sung minh chứng chỉ số 3." });
        Assert.Contains($"Đã trả lại hồ sơ {code} để xử lý tiếp.", authority.LastText);
        Assert.Equal(CaseStatus.InProgress, (await desk.FindAsync(code)).Status);

        host.Clock.Advance(Later);
        await agent.SayAsync($"tra cứu {code}");
        await agent.PressAsync("Trả kết quả", result);
        await agent.SayAsync("bỏ qua");
        host.Clock.Advance(Later);
        await authority.SayAsync($"tra cứu {code}");
        await authority.PressAsync("Phê duyệt");
        Assert.Contains($"Đã phê duyệt kết quả hồ sơ {code}.", authority.LastText);

        var c = await desk.FindAsync(code);
        Assert.Equal(CaseStatus.Resolved, c.Status);
        Assert.Equal([Submit, Receive, Resolve, ReturnForRework, Resolve, Approve], CaseDesk.Actions(c));
        Assert.Equal([CaseStatus.AwaitingApproval, CaseStatus.InProgress, CaseStatus.AwaitingApproval, CaseStatus.Resolved], c.Timeline.OrderBy(e => e.At).Skip(2).Select(e => e.ToStatus));
        await CardSchema.AssertValidAsync([.. agent.Cards, .. authority.Cards]);
    }

    [Fact]
    public async Task A_question_is_answered_and_reopened_and_a_duplicate_refused_with_a_reason()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var question = await desk.FileAsync("lcu.canbo", "lcu-question");
        var duplicate = await desk.FileAsync("lcu.canbo", "lcu-question");
        var agent = new ChatDriver(host.Services, "lcu.vpubnd");

        await agent.SayAsync($"tra cứu {question}");
        await agent.PressAsync("Tiếp nhận");
        host.Clock.Advance(Later);
        await agent.PressAsync("Trả lời câu hỏi", new Dictionary<string, string> { ["answer"] = "Hồ sơ nộp trực tuyến trên Cổng dịch vụ công của tỉnh." });
        Assert.Contains("Hồ sơ nộp trực tuyến trên Cổng dịch vụ công của tỉnh.", agent.LastText);
        host.Clock.Advance(Later);
        await agent.SayAsync($"tra cứu {duplicate}");
        await agent.PressAsync("Từ chối tiếp nhận", new Dictionary<string, string> { ["note"] = "Trùng câu hỏi đã trả lời." });
        Assert.Contains("Lý do từ chối\nTrùng câu hỏi đã trả lời.", agent.LastText);

        await agent.SayAsync($"tra cứu {question}");
        await agent.PressAsync("Mở lại");
        Assert.Contains("Cần ghi rõ lý do hoặc nội dung khi chọn \"Mở lại\".", agent.LastText);
        await agent.PressAsync("Mở lại", new Dictionary<string, string> { ["note"] = "Người hỏi cần thêm hướng dẫn nộp lệ phí." });
        Assert.Contains($"Đã mở lại câu hỏi {question}.", agent.LastText);
        Assert.DoesNotContain("Người trả lời", agent.LastText); // the reopened case has no answer any more

        var reopened = await desk.FindAsync(question);
        Assert.Equal(CaseStatus.InProgress, reopened.Status);
        Assert.Equal([Submit, Receive, Resolve, Reopen], CaseDesk.Actions(reopened));
        var refused = await desk.FindAsync(duplicate);
        Assert.Equal(CaseStatus.Rejected, refused.Status);
        Assert.Equal("Trùng câu hỏi đã trả lời.", refused.RejectionReason);
        await CardSchema.AssertValidAsync(agent.Cards);
    }
}
