using InternalTthc.Bot.Tests.Notifications;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>A case card on screen in the real Web Chat, in Debian's Chromium, follows the case: updated where it is, not added again.</summary>
public sealed class WebChatLiveCardTests
{
    [Fact]
    public async Task A_case_card_in_Web_Chat_shows_the_receipt_in_place()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });

        await page.GotoAsync(host.Address.ToString());
        await page.Locator("button[data-login='cto.daumoi']").ClickAsync();
        var bot = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");
        await Assertions.Expect(bot.Filter(new LocatorFilterOptions { HasText = "Xin chào Lâm Thị Ngọc (demo)!" }).First).ToBeVisibleAsync();
        await WebChatPasswordResetTests.SayAsync(page, $"tra cứu {code}");
        var cards = bot.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = $"Hồ sơ {code}" });
        await Assertions.Expect(cards).ToHaveCountAsync(1);
        await Assertions.Expect(cards.First).ToContainTextAsync("Đã gửi, chờ tiếp nhận");
        await Assertions.Expect(cards.First).Not.ToContainTextAsync("Đã tiếp nhận");

        var c = await desk.FindAsync(code);
        var agent = await desk.PersonIdAsync("cto.cntt");
        await CaseNotificationTests.ActAsync(host, s => s.ReceiveAsync(c.Id, agent, TestContext.Current.CancellationToken));
        await host.DispatchAsync();

        // The notice of the receipt comes below; the card above changes where it is, and is not shown twice.
        var notice = $"Hồ sơ {code} đã được tiếp nhận và đang chờ xử lý.";
        await Assertions.Expect(cards.Nth(1)).ToContainTextAsync(notice);
        await Assertions.Expect(cards.First).ToContainTextAsync("Đã tiếp nhận");
        await Assertions.Expect(cards.First).Not.ToContainTextAsync(notice);
        await Assertions.Expect(cards).ToHaveCountAsync(2);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestOutput", "webchat-live-card.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
    }
}
