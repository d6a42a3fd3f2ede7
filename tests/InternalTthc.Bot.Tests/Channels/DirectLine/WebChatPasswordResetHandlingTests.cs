using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using Microsoft.Playwright;
using static InternalTthc.Bot.Tests.Channels.DirectLine.WebChatCaseHandlingTests;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Issue #12's "done when", in the real Web Chat in Debian's Chromium: a Cần Thơ password reset for three people, filed by a
/// staff member, confirmed by his focal point who reads every row, then handled by an IT agent entirely from the chat —
/// received, started, returned — while each page sees the others' steps arrive. A screenshot at each step
/// (TestOutput/password-reset-*.png). Filling the rows in is WebChatRowEditorTests' part.
/// </summary>
public sealed class WebChatPasswordResetHandlingTests
{
    [Fact]
    public async Task An_agent_handles_a_password_reset_for_three_people_from_Web_Chat()
    {
        await using var host = await ServiceTestHost.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "true" }, "Development");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var requester = await OpenAsync(browser, host, "cto.canbo", "Xin chào Huỳnh Văn Phúc (demo)!");
        var focal = await OpenAsync(browser, host, "cto.daumoi", "Xin chào Lâm Thị Ngọc (demo)!");
        var agent = await OpenAsync(browser, host, "cto.cntt", "Xin chào Trương Thanh Tâm (demo)!");
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("cto.canbo", "cto-mailbox-password", WebChatCaseContentTests.Answers(WebChatCaseContentTests.ThreePeople));
        var step = 0;
        Task ShotAsync(ILocator card, string name) => ScreenshotAsync(card, $"password-reset-{++step:00}-{name}.png");

        // The focal point confirms knowing what he confirms: every person and mailbox is on the card.
        var waiting = Card(focal, $"Hồ sơ {code} của đơn vị đang chờ bạn xác nhận để gửi đi.");
        await Assertions.Expect(waiting).ToBeVisibleAsync();
        await ExpectEveryRowAsync(waiting);
        await Assertions.Expect(waiting).ToContainTextAsync("Huỳnh Văn Phúc (demo)"); // who filed it
        await ShotAsync(waiting, "focal-point-waiting");
        await Press(waiting, "Xác nhận và gửi");
        var confirmed = Card(focal, $"Đơn vị đã xác nhận, hồ sơ {code} đã được gửi đi.");
        await Assertions.Expect(confirmed).ToBeVisibleAsync();
        await Assertions.Expect(confirmed).Not.ToContainTextAsync("Hãy báo cán bộ đầu mối");
        await ShotAsync(confirmed, "focal-point-confirmed");

        // The agent reads the three people on the card that arrives, and handles the case from it.
        var arrived = Card(agent, $"Có hồ sơ mới {code} cần tiếp nhận.");
        await Assertions.Expect(arrived).ToBeVisibleAsync();
        await ExpectEveryRowAsync(arrived);
        await ShotAsync(arrived, "agent-new-case");
        await Press(arrived, "Tiếp nhận");
        var received = Card(agent, $"Đã tiếp nhận hồ sơ {code}.");
        await Assertions.Expect(received).ToContainTextAsync("Trương Thanh Tâm (demo)"); // the timeline says who received it
        await ShotAsync(received, "agent-received");
        await Press(received, "Bắt đầu xử lý");
        var started = Card(agent, $"Đã bắt đầu xử lý hồ sơ {code}.");
        await Assertions.Expect(started).ToBeVisibleAsync();
        await ShotAsync(started, "agent-processing");
        await started.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Số văn bản kết quả", Exact = true }).FillAsync("31/TTCNTT");
        await started.Locator("input[type=date]").FillAsync("2026-03-03");
        await started.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Tóm tắt kết quả", Exact = true })
            .FillAsync("Đã cấp lại mật khẩu cho 3 hộp thư; mật khẩu tạm gửi qua tin nhắn đến số điện thoại của từng người.");
        await Press(started, "Trả kết quả");
        await Assertions.Expect(WebChatCaseHandlingTests.Bot(agent).Filter(new LocatorFilterOptions { HasText = $"Trả kết quả hồ sơ {code}: hãy gửi tệp kết quả" }).Last).ToBeVisibleAsync();
        await WebChatPasswordResetTests.SayAsync(agent, "bỏ qua");
        var resolved = Card(agent, $"Đã trả kết quả hồ sơ {code}.");
        await Assertions.Expect(resolved).ToBeVisibleAsync();
        await Assertions.Expect(resolved.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Trả kết quả" })).ToHaveCountAsync(0);
        await ShotAsync(resolved, "agent-resolved");

        // The requester and his focal point are told the result, the three people still listed under it.
        var result = Card(requester, $"Hồ sơ {code} đã có kết quả: văn bản số 31/TTCNTT ngày 03/03/2026.");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await ExpectEveryRowAsync(result);
        await ShotAsync(result, "requester-result");
        var told = Card(focal, $"Hồ sơ {code} đã có kết quả");
        await Assertions.Expect(told).ToBeVisibleAsync();
        await ShotAsync(told, "focal-point-result");

        var c = await desk.FindAsync(code);
        Assert.Equal(CaseStatus.Resolved, c.Status);
        Assert.Equal([CaseAction.Submit, CaseAction.ConfirmForUnit, CaseAction.Receive, CaseAction.StartProcessing, CaseAction.Resolve], CaseDesk.Actions(c));
    }

    private static async Task ExpectEveryRowAsync(ILocator card)
    {
        foreach (var cell in WebChatCaseContentTests.ThreePeople.SelectMany(p => p).Where(cell => cell.Length > 0))
        {
            await Assertions.Expect(card).ToContainTextAsync(cell);
        }
    }
}
