using System.Text.RegularExpressions;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>
/// A staff member of Cần Thơ resets a mailbox password in the real Web Chat, in Debian's Chromium:
/// greeting, words, the form card, an optional file skipped, the summary, and the case card.
/// </summary>
public sealed class WebChatPasswordResetTests
{
    [Fact]
    public async Task A_password_reset_goes_from_greeting_to_the_case_card_in_Web_Chat()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });

        await page.GotoAsync(host.Address.ToString());
        await page.Locator("button[data-login='cto.canbo']").ClickAsync();
        var bot = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");
        await Assertions.Expect(bot.Filter(new LocatorFilterOptions { HasText = "Xin chào Huỳnh Văn Phúc (demo)!" }).First).ToBeVisibleAsync();

        await SayAsync(page, "cấp lại mật khẩu email");
        var form = bot.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "Thời hạn giải quyết: 02 ngày làm việc" }).Last;
        await Assertions.Expect(form).ToBeVisibleAsync();
        // The experts' shortcut of the second list (individuals): rows typed one per line, ";" between cells.
        await form.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Hoặc gõ nhiều dòng một lúc (cho người quen dùng)", Exact = true }).Nth(1).FillAsync(
            "Huỳnh Văn Phúc; Sở Tài chính; Chuyên viên; 0913000002; phuc.hv@cantho.gov.vn; quên mật khẩu");
        await form.Locator(".ac-pushButton", new LocatorLocatorOptions { HasTextRegex = new Regex("^Tiếp tục$") }).ClickAsync();

        await Assertions.Expect(bot.Filter(new LocatorFilterOptions { HasText = "Tệp công văn đề nghị đã ký" }).Last).ToBeVisibleAsync();
        await SayAsync(page, "bỏ qua");
        var summary = bot.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "Kiểm tra trước khi gửi" }).Last;
        await Assertions.Expect(summary).ToContainTextAsync("1 dòng (xem danh sách dưới đây)");
        await Assertions.Expect(summary).ToContainTextAsync("Huỳnh Văn Phúc");
        await summary.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Gửi hồ sơ" }).ClickAsync();

        var caseCard = bot.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "Hồ sơ CTO-2026-00001" }).Last;
        await Assertions.Expect(caseCard).ToBeVisibleAsync();
        await Assertions.Expect(caseCard).ToContainTextAsync("chuyển cho cán bộ đầu mối của đơn vị xác nhận");
        await Assertions.Expect(caseCard).ToContainTextAsync("Chờ đơn vị xác nhận");
        await Assertions.Expect(bot.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Gửi hồ sơ" })).ToHaveCountAsync(0); // replaced in place

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestOutput", "webchat-password-reset.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
    }

    internal static async Task SayAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }
}
