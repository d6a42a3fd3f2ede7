using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>The agent console at /can-bo in Debian's Chromium, signed in as one agent with the development sign-in.</summary>
public static class ZaloConsolePage
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "TestOutput");

    public static async Task<IPage> OpenAsync(IBrowser browser, ZaloService zalo, string login, string name)
    {
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        })).NewPageAsync();
        await page.GotoAsync(new Uri(zalo.Host.Address, "can-bo").ToString());
        await page.Locator($"button[data-login='{login}']").ClickAsync();
        await Assertions.Expect(page.Locator("#who-name")).ToContainTextAsync(name);
        return page;
    }

    public static async Task ShotAsync(IPage page, string name)
    {
        var path = Path.Combine(Shots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
