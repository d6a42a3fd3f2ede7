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

        await WebChatCaseHandlingTests.ScreenshotAsync(page, "webchat-live-card.png");
    }

    [Fact]
    public async Task A_case_card_that_newer_cards_of_the_case_pushed_out_shows_it_is_old_and_loses_its_buttons()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var code = await new CaseDesk(host.Services).FileAsync("cto.daumoi", "cto-mailbox-password");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await WebChatCaseHandlingTests.OpenAsync(browser, host, "cto.daumoi", "Xin chào Lâm Thị Ngọc (demo)!");
        var cards = WebChatCaseHandlingTests.Bot(page).Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = $"Hồ sơ {code}" });
        for (var i = 1; i <= Core.Notifications.ShownCaseCard.KeptPerConversation + 1; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            // The card reaches the page before its turn has recorded it (and queued the redraw of the card it pushes out):
            // Direct Line answers the POST only once the turn is over, so the outbox is run after that answer.
            await page.RunAndWaitForResponseAsync(
                () => WebChatPasswordResetTests.SayAsync(page, $"tra cứu {code}"),
                r => r.Request.Method == "POST" && r.Url.EndsWith("/activities", StringComparison.Ordinal));
            await Assertions.Expect(cards).ToHaveCountAsync(i);
        }

        await host.DispatchAsync();

        var old = "Thẻ này đã cũ và không còn được cập nhật";
        await Assertions.Expect(cards.First).ToContainTextAsync($"{old}: thẻ mới nhất của hồ sơ {code} ở bên dưới.");
        await Assertions.Expect(cards.First.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Rút hồ sơ" })).ToHaveCountAsync(0);
        await Assertions.Expect(cards.Nth(1).Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Rút hồ sơ" })).ToHaveCountAsync(1);
        await Assertions.Expect(cards.Filter(new LocatorFilterOptions { HasText = old })).ToHaveCountAsync(1);
        await Assertions.Expect(cards).ToHaveCountAsync(Core.Notifications.ShownCaseCard.KeptPerConversation + 1); // redrawn where it was
        await WebChatCaseHandlingTests.ScreenshotAsync(cards.First, "webchat-old-card.png");
    }
}
