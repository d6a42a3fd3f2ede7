using InternalTthc.Bot.Tests.Channels.DirectLine;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// In Debian's Chromium: an agent signs into the console, takes over a staff member's Web Chat conversation opened in a
/// second browser, they write to each other, the agent ends, and the bot answers the staff member again.
/// </summary>
public sealed class AgentConsoleBrowserTests
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "TestOutput");

    [Fact]
    public async Task An_agent_in_the_console_takes_over_a_Web_Chat_conversation_talks_and_ends_and_the_bot_answers_again()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var refused = new List<string>();
        var console = await PageAsync(browser, 1400, refused);
        var user = await PageAsync(browser, 900, refused);

        await console.GotoAsync(new Uri(host.Address, "can-bo").ToString());
        await console.Locator("button[data-login='cto.cntt']").ClickAsync();
        await Assertions.Expect(console.Locator("#who-name")).ToContainTextAsync("Trương Thanh Tâm (demo)");
        await Assertions.Expect(console.Locator("#queue")).ToContainTextAsync("Không có yêu cầu nào đang mở.");
        await console.Locator("#online").CheckAsync();
        await Assertions.Expect(console.Locator("#presence-label")).ToHaveTextAsync("Đang trực tuyến: nhận yêu cầu mới");
        await ShotAsync(console, "handoff-1-console-signed-in");

        await user.GotoAsync(host.Address.ToString());
        await user.Locator("button[data-login='cto.canbo']").ClickAsync();
        var bot = user.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");
        await Assertions.Expect(bot.Filter(new() { HasText = "Xin chào Huỳnh Văn Phúc (demo)!" }).First).ToBeVisibleAsync();
        await WebChatPasswordResetTests.SayAsync(user, "tôi muốn gặp cán bộ hỗ trợ");
        await Assertions.Expect(bot.Last).ToContainTextAsync("vị trí thứ 1 trong hàng chờ");
        await ShotAsync(user, "handoff-2-user-waiting");

        // The request appears in the console without a reload; the agent opens it and takes it.
        var row = console.Locator("#queue button").Filter(new() { HasText = "Huỳnh Văn Phúc (demo)" });
        await Assertions.Expect(row).ToContainTextAsync("Đang chờ");
        await row.ClickAsync();
        await Assertions.Expect(console.Locator("#c-facts")).ToContainTextAsync("tôi muốn gặp cán bộ hỗ trợ");
        await ShotAsync(console, "handoff-3-console-request");
        await console.Locator("#take").ClickAsync();
        await Assertions.Expect(console.Locator("#c-status")).ToHaveTextAsync("Đang trao đổi");
        await Assertions.Expect(bot.Last).ToContainTextAsync("Trương Thanh Tâm (demo)");
        await Assertions.Expect(bot.Last).ToContainTextAsync("đang trao đổi với bạn");

        // They write to each other; the bot stays silent.
        await WebChatPasswordResetTests.SayAsync(user, "Máy tôi không vào được hộp thư từ sáng");
        await Assertions.Expect(console.Locator("#transcript li.Requester").Last).ToContainTextAsync("Máy tôi không vào được hộp thư từ sáng");
        await console.Locator("#canned").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        // The agent's jurisdiction's own replies come first (Cần Thơ's), then the common ones.
        await Assertions.Expect(console.Locator("#reply-text")).ToHaveValueAsync("Mật khẩu mới sẽ được gửi qua số điện thoại đã đăng ký của anh/chị.");
        await console.Locator("#reply-text").FillAsync("Anh thử đăng nhập lại sau khi đổi mật khẩu nhé.");
        await console.Locator("#reply button[type='submit']").ClickAsync();
        await Assertions.Expect(bot.Last).ToContainTextAsync("Anh thử đăng nhập lại sau khi đổi mật khẩu nhé.");
        await Assertions.Expect(bot.Last).ToContainTextAsync("Trương Thanh Tâm (demo)");
        await ShotAsync(user, "handoff-4-user-talking");
        await ShotAsync(console, "handoff-5-console-talking");

        await console.Locator("#end").ClickAsync();
        await Assertions.Expect(console.Locator("#notice")).ToHaveTextAsync("Đã kết thúc cuộc trao đổi.");
        await Assertions.Expect(bot.Last).ToContainTextAsync("Cán bộ đã kết thúc cuộc trao đổi");
        await WebChatPasswordResetTests.SayAsync(user, "menu");
        await Assertions.Expect(bot.Last).ToContainTextAsync("Cấp mới hộp thư điện tử");
        await ShotAsync(user, "handoff-6-user-bot-again");
        await ShotAsync(console, "handoff-7-console-ended");
        Assert.Empty(refused);
    }

    internal static async Task<IPage> PageAsync(IBrowser browser, int width, List<string> refused)
    {
        // Each side has its own cookies: two people signed in at once.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        // A script, style or socket the Content-Security-Policy refused is reported on the console: neither the pages' own
        // code nor Web Chat's may need one.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };
        return page;
    }

    internal static async Task ShotAsync(IPage page, string name)
    {
        var path = Path.Combine(Shots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
