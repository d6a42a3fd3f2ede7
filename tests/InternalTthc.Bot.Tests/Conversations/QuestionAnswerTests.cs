using InternalTthc.Bot.Channels.Terminal;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using static InternalTthc.Core.Cases.CaseAction;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// The question-and-answer section of Lai Châu's regulation (Điều 22–25): a question to one agency is answered by an
/// agent of that agency, the answer names the agency, the responder and his position, the asker is told, and the
/// published answers can be searched in chat by anyone — the asker's personal data masked.
/// </summary>
public sealed class QuestionAnswerTests
{
    private const string Question =
        "Xin hỏi thủ tục cấp tài khoản cho cán bộ mới trên Hệ thống thông tin giải quyết thủ tục hành chính cần những giấy tờ gì? Số điện thoại của tôi là 0912 000 002.";

    private const string Answer = "Đơn vị gửi văn bản đề nghị kèm danh sách cán bộ cần cấp tài khoản đến Văn phòng Ủy ban nhân dân tỉnh.";

    private static readonly TimeSpan Later = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task A_question_is_answered_by_its_agency_naming_the_responder_and_position_and_the_asker_is_told()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var asker = new ChatDriver(host.Services, "lcu.canbo");
        await asker.SayAsync("xin chào");
        await asker.PressAsync("Gửi câu hỏi (hỏi - đáp)");
        await asker.PressAsync("Tiếp tục", new Dictionary<string, string> { ["addressedAgency"] = "lcu-vp-ubnd", ["question"] = Question });
        await asker.SkipOptionalQuestionsAsync();
        Assert.Contains("câu hỏi và câu trả lời sẽ được công khai trong mục hỏi - đáp", asker.LastText); // told before sending
        await asker.PressAsync("Gửi câu hỏi");
        const string code = "LCU-2026-00001";
        Assert.Contains($"Câu hỏi {code}", asker.LastText);

        var agent = new ChatDriver(host.Services, "lcu.vpubnd");
        await agent.SayAsync($"tra cứu {code}");
        Assert.Contains($"Nội dung câu hỏi\n{Question}", agent.LastText); // the agent reads the question on the case card
        Assert.DoesNotContain("Trả lời câu hỏi", agent.LastText); // received first
        await agent.PressAsync("Tiếp nhận");
        Assert.Contains($"Đã tiếp nhận câu hỏi {code}.", agent.LastText);
        Assert.DoesNotContain("hồ sơ", agent.LastText, StringComparison.OrdinalIgnoreCase); // the agent's card of a question says "câu hỏi"
        Assert.DoesNotContain("Số văn bản kết quả", agent.LastText); // a question is answered, not returned with a document
        host.Clock.Advance(Later);
        await agent.PressAsync("Trả lời câu hỏi");
        Assert.Contains("Cần nhập nội dung trả lời câu hỏi.", agent.LastText);
        await agent.PressAsync("Trả lời câu hỏi", new Dictionary<string, string> { ["answer"] = Answer });
        Assert.Contains($"Đã trả lời câu hỏi {code}; câu trả lời được công khai trên Mục hỏi - đáp.", agent.LastText);
        Assert.Contains("Cơ quan trả lời\nVăn phòng Ủy ban nhân dân tỉnh", agent.LastText);
        Assert.Contains("Người trả lời\nĐỗ Thu Trang (demo) — Chuyên viên Văn phòng UBND tỉnh", agent.LastText);
        Assert.Contains("Ngày trả lời\n02/03/2026", agent.LastText);
        Assert.Contains($"Nội dung trả lời\n{Answer}", agent.LastText);

        await host.DispatchAsync();
        var notices = await asker.NoticesAsync();
        var told = ChatDriver.Text(notices[^1]);
        Assert.Contains($"Đỗ Thu Trang (demo), Chuyên viên Văn phòng UBND tỉnh, đã trả lời câu hỏi {code}.", told);
        Assert.Contains($"Nội dung trả lời\n{Answer}", told);

        var c = await desk.FindAsync(code);
        Assert.Equal(CaseStatus.Resolved, c.Status);
        Assert.Equal(new Responder("Văn phòng Ủy ban nhân dân tỉnh", "Đỗ Thu Trang (demo)", "Chuyên viên Văn phòng UBND tỉnh"), c.Result!.Responder);
        Assert.Equal([Submit, Receive, Resolve], CaseDesk.Actions(c));
        Assert.Contains(notices, a => ChatDriver.Text(a).Contains($"Câu hỏi {code} đã được tiếp nhận và đang chờ trả lời.", StringComparison.Ordinal));
        Assert.DoesNotContain(notices, a => ChatDriver.Text(a).Contains($"hồ sơ {code}", StringComparison.OrdinalIgnoreCase));
        await CardSchema.AssertValidAsync([.. asker.Cards, .. agent.Cards, .. notices.SelectMany(a => a.Attachments ?? []).Select(ChatDriver.Card)]);
    }

    [Fact]
    public async Task The_agent_is_reminded_of_a_question_as_a_question_before_the_answer_is_due()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var agent = new ChatDriver(host.Services, "lcu.vpubnd");
        await agent.SayAsync("xin chào");
        var code = await desk.FileAsync("lcu.canbo", "lcu-question", FormAnswers.Empty.With("addressedAgency", "lcu-vp-ubnd").With("question", Question));
        await agent.SayAsync($"tra cứu {code}");
        await agent.PressAsync("Tiếp nhận");
        await host.DispatchAsync();
        await agent.NoticesAsync();

        host.Clock.Set((await desk.FindAsync(code)).ResolutionDueAt!.Value.AddHours(-1));
        await host.DispatchAsync();
        var told = (await agent.NoticesAsync()).Select(ChatDriver.Text).ToList();
        Assert.Contains(told, t => t.Contains($"Nhắc việc: câu hỏi {code} đến hạn trả lời lúc", StringComparison.Ordinal));
        Assert.DoesNotContain(told, t => t.Contains($"hồ sơ {code}", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Answers_are_searched_in_the_province_with_or_without_diacritics_and_by_people_linked_to_nobody()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("lcu.canbo", "lcu-question", FormAnswers.Empty.With("question", Question).With("addressedAgency", "lcu-vp-ubnd"));

        // Answered on the terminal: the button asks for the answer in the next message.
        var agent = new ChatDriver(host.Services, "lcu.vpubnd", TerminalChat.ChannelId);
        await agent.SayAsync($"tra cuu {code}");
        await agent.SayAsync("Tiếp nhận");
        await agent.SayAsync("Trả lời câu hỏi");
        Assert.Contains($"Hãy nhập nội dung trả lời câu hỏi {code}", agent.LastText);
        await agent.SayAsync(Answer);
        Assert.Contains("• Người trả lời: Đỗ Thu Trang (demo) — Chuyên viên Văn phòng UBND tỉnh", agent.LastText);

        var colleague = new ChatDriver(host.Services, "lcu.daumoi");
        await colleague.SayAsync("tim cau hoi cap tai khoan can bo moi");
        var found = colleague.LastText;
        Assert.Contains("Các câu trả lời phù hợp nhất với “cap tai khoan can bo moi”:", found);
        Assert.Contains($"Câu hỏi {code}", found);
        Assert.Contains("Số điện thoại của tôi là ***.", found); // the asker's phone number is not published (shown as typed: ChatDriver reads what a person sees)
        Assert.DoesNotContain("0912", found);
        Assert.DoesNotContain("Trần Văn Minh", found); // nor his name
        Assert.Contains("Người trả lời\nĐỗ Thu Trang (demo) — Chuyên viên Văn phòng UBND tỉnh", found);
        Assert.Contains("Cơ quan trả lời\nVăn phòng Ủy ban nhân dân tỉnh", found);
        Assert.Contains($"Nội dung trả lời\n{Answer}", found);

        var otherProvince = new ChatDriver(host.Services, "cto.canbo");
        await otherProvince.SayAsync("tìm câu hỏi cấp tài khoản");
        Assert.Contains("Chưa có câu trả lời đã công khai nào phù hợp với “cấp tài khoản”.", otherProvince.LastText);

        var guest = new ChatDriver(host.Services, "nguoi.chua.lien.ket");
        await guest.SayAsync("Tìm câu hỏi tài khoản");
        Assert.Contains($"Câu hỏi {code}", guest.LastText);
        Assert.Contains("Tỉnh, thành phố\nTỉnh Lai Châu", guest.LastText);
        await CardSchema.AssertValidAsync([.. colleague.Cards, .. otherProvince.Cards, .. guest.Cards]);
    }
}
