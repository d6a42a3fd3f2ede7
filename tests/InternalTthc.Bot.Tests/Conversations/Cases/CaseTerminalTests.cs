using InternalTthc.Bot.Channels.Terminal;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using static InternalTthc.Core.Cases.CaseAction;

namespace InternalTthc.Bot.Tests.Conversations.Cases;

/// <summary>The terminal (text only): buttons are numbered choices, and a button that needs text asks for it in the next message.</summary>
public sealed class CaseTerminalTests
{
    [Fact]
    public async Task An_agent_and_the_requester_handle_a_case_by_typing()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        var agent = new ChatDriver(host.Services, "cto.cntt", TerminalChat.ChannelId);
        var requester = new ChatDriver(host.Services, "cto.daumoi", TerminalChat.ChannelId);

        await agent.SayAsync($"tra cuu {code}");
        Assert.Contains("Tiếp nhận", agent.LastText);
        Assert.DoesNotContain("Phân công cho", agent.LastText); // no inputs on a text channel
        await agent.SayAsync("tiep nhan");
        Assert.Contains($"Đã tiếp nhận hồ sơ {code}.", agent.LastText);

        await agent.SayAsync("Yêu cầu bổ sung");
        Assert.Contains($"Hãy nhập lý do hoặc nội dung cho việc \"Yêu cầu bổ sung\" hồ sơ {code}", agent.LastText);
        await agent.SayAsync("hủy");
        Assert.Contains("Đã thôi, hồ sơ không thay đổi.", agent.LastText);
        await agent.SayAsync($"tra cứu {code}");
        await agent.SayAsync("Yêu cầu bổ sung");
        await agent.SayAsync("Gửi ảnh chụp màn hình lỗi.");
        Assert.Contains($"Đã gửi yêu cầu bổ sung hồ sơ {code}.", agent.LastText);

        await requester.SayAsync($"tra cứu {code}");
        Assert.Contains("Yêu cầu bổ sung: Gửi ảnh chụp màn hình lỗi.", requester.LastText);
        await requester.SayAsync("Gửi bổ sung");
        Assert.Contains($"Hãy nhập nội dung bổ sung cho hồ sơ {code}", requester.LastText);
        await requester.SayAsync("Ảnh đã gửi qua thư, lỗi là tài khoản bị khóa.");
        Assert.Contains($"Đã gửi nội dung bổ sung cho hồ sơ {code}.", requester.LastText);

        await agent.SayAsync($"tra cứu {code}");
        await agent.SayAsync("Trả kết quả");
        Assert.Contains("hãy nhập số văn bản kết quả", agent.LastText);
        await agent.SayAsync("21/TTCNTT");
        await agent.SayAsync("hôm qua");
        Assert.Contains("Ngày văn bản phải có dạng ngày/tháng/năm", agent.LastText);
        await agent.SayAsync("2/3/2026");
        Assert.Contains("Hãy nhập tóm tắt kết quả.", agent.LastText);
        await agent.SayAsync("Đã mở khóa và cấp lại mật khẩu.");
        Assert.Contains($"Trả kết quả hồ sơ {code}: hãy gửi tệp kết quả", agent.LastText);
        await agent.SayAsync("bo qua");
        Assert.Contains($"Đã trả kết quả hồ sơ {code}.", agent.LastText);
        Assert.Contains("• Số văn bản kết quả: 21/TTCNTT", agent.LastText);

        await requester.SayAsync($"tra cứu {code}");
        await requester.SayAsync("Gửi đánh giá");
        await requester.SayAsync("4");
        Assert.Contains($"Cảm ơn bạn đã đánh giá kết quả hồ sơ {code}.", requester.LastText);

        var c = await desk.FindAsync(code);
        Assert.Equal(CaseStatus.Resolved, c.Status);
        Assert.Equal(new DateOnly(2026, 3, 2), c.Result!.DocumentDate);
        Assert.Equal(4, c.Rating!.Score);
        Assert.Equal([Submit, Receive, RequestSupplement, Supplement, Resolve], CaseDesk.Actions(c));
    }

    [Fact]
    public async Task The_terminal_chat_numbers_the_agents_buttons_and_asks_for_the_reason()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        var output = new StringWriter();

        var script = $"tra cứu {code}\n2\n2\nThiếu tên hộp thư cần cấp lại.\nthoát\n";
        await new TerminalChat(host.Services).RunAsync("cto.cntt", new StringReader(script), output, TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Contains("  1. Nhận xử lý (giao cho tôi)", text);
        Assert.Contains("  2. Tiếp nhận", text);
        Assert.Contains($"Đã tiếp nhận hồ sơ {code}.", text);
        Assert.Contains("  2. Yêu cầu bổ sung", text);
        Assert.Contains($"Hãy nhập lý do hoặc nội dung cho việc \"Yêu cầu bổ sung\" hồ sơ {code}", text);
        Assert.Contains("• Yêu cầu bổ sung: Thiếu tên hộp thư cần cấp lại.", text);
        Assert.Equal(CaseStatus.WaitingForSupplement, (await desk.FindAsync(code)).Status);
    }
}
