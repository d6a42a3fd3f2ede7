using InternalTthc.Bot.Tests.Channels.DirectLine;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;
using static InternalTthc.Bot.Tests.Handoff.AgentConsoleBrowserTests;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// In Debian's Chromium: the console's picker offers agents only; an agent takes a staff member's Web Chat conversation
/// (whose "Hủy yêu cầu" then goes), opens a case from it prefilled with what he said, fixes what the form refuses,
/// files it; the staff member sees the case card in his chat, and the agent receives the case from the console's panel.
/// </summary>
public sealed class AgentConsoleCaseBrowserTests
{
    private const string Trouble = "Hệ thống một cửa báo lỗi chữ ký số khi trình hồ sơ từ sáng nay";

    [Fact]
    public async Task An_agent_opens_a_case_from_a_Web_Chat_conversation_and_receives_it_in_the_console_panel()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var refused = new List<string>();
        var console = await PageAsync(browser, 1500, refused);
        var user = await PageAsync(browser, 900, refused);

        await console.GotoAsync(new Uri(host.Address, "can-bo").ToString());
        await Assertions.Expect(console.Locator("button[data-login='lcu.vpubnd']")).ToBeVisibleAsync();
        await Assertions.Expect(console.Locator("button[data-login='lcu.canbo']")).ToHaveCountAsync(0); // agents only
        await ShotAsync(console, "case-1-console-picker-agents-only");
        await console.Locator("button[data-login='lcu.vpubnd']").ClickAsync();
        await Assertions.Expect(console.Locator("#who-name")).ToContainTextAsync("Đỗ Thu Trang (demo)");

        await user.GotoAsync(host.Address.ToString());
        await user.Locator("button[data-login='lcu.canbo']").ClickAsync();
        var bot = user.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");
        await Assertions.Expect(bot.Filter(new() { HasText = "Xin chào Trần Văn Minh (demo)!" }).First).ToBeVisibleAsync();
        await WebChatPasswordResetTests.SayAsync(user, "tôi muốn gặp cán bộ");
        await Assertions.Expect(bot.Last).ToContainTextAsync("vị trí thứ 1 trong hàng chờ");
        await Assertions.Expect(user.GetByRole(AriaRole.Button, new() { Name = "Hủy yêu cầu" }).Last).ToBeVisibleAsync();
        await ShotAsync(user, "case-2-user-waiting");

        await console.Locator("#queue button").Filter(new() { HasText = "Trần Văn Minh (demo)" }).ClickAsync();
        await console.Locator("#take").ClickAsync();
        await Assertions.Expect(bot.Last).ToContainTextAsync("đang trao đổi với bạn");
        // The waiting card was replaced in place: nothing left to withdraw once an agent has it.
        await Assertions.Expect(user.GetByRole(AriaRole.Button, new() { Name = "Hủy yêu cầu" })).ToHaveCountAsync(0);
        await WebChatPasswordResetTests.SayAsync(user, Trouble);
        await Assertions.Expect(console.Locator("#transcript li.Requester").Last).ToContainTextAsync(Trouble);
        await ShotAsync(user, "case-3-user-taken");

        // The form comes prefilled: his agency's procedure for him, what he said in the description.
        await console.Locator("#open-case").ClickAsync();
        await Assertions.Expect(console.Locator("#case-procedure option:checked")).ToHaveTextAsync("Hỗ trợ, xử lý sự cố Hệ thống giải quyết TTHC");
        await Assertions.Expect(console.Locator("#case-problemDescription")).ToHaveValueAsync(Trouble);
        await Assertions.Expect(console.Locator("#case-contactPhone")).ToHaveValueAsync("0912000002");
        await ShotAsync(console, "case-4-console-form-prefilled");
        await console.Locator("#case-form button[type='submit']").ClickAsync();
        await Assertions.Expect(console.Locator("#notice")).ToHaveTextAsync("Hồ sơ chưa được lập: hãy sửa các ô được đánh dấu.");
        await Assertions.Expect(console.Locator("[data-field='startedAt'] .fault")).ToHaveTextAsync("Vui lòng nhập \"Thời điểm bắt đầu hoặc phát hiện sự cố\".");
        await ShotAsync(console, "case-5-console-form-faults");
        await console.Locator("#case-startedAt").FillAsync("02/03/2026 08:00");
        await console.Locator("#case-form button[type='submit']").ClickAsync();
        await Assertions.Expect(console.Locator("#notice")).ToContainTextAsync("Đã lập hồ sơ LCU-");
        await Assertions.Expect(console.Locator("#case-form")).ToBeHiddenAsync();

        // The panel: the case as the card shows it, and the agent's actions.
        await Assertions.Expect(console.Locator("#case-title")).ToContainTextAsync("Hồ sơ LCU-");
        await Assertions.Expect(console.Locator("#case-facts")).ToContainTextAsync("Đã gửi, chờ tiếp nhận");
        await Assertions.Expect(console.Locator("#case-content")).ToContainTextAsync(Trouble);
        await ShotAsync(console, "case-6-console-panel");
        await Assertions.Expect(bot.Last).ToContainTextAsync("đã lập hồ sơ LCU-");
        await Assertions.Expect(bot.Last).ToContainTextAsync(Trouble);
        await ShotAsync(user, "case-7-user-case-card");

        await console.Locator("#case-actions button[data-verb='case.receive']").ClickAsync();
        await Assertions.Expect(console.Locator("#case-facts")).ToContainTextAsync("Đã tiếp nhận");
        await Assertions.Expect(console.Locator("#case-facts")).ToContainTextAsync("Hạn giải quyết");
        await ShotAsync(console, "case-8-console-received");
        Assert.Empty(refused);
    }
}
