using InternalTthc.Bot.Tests.Channels.DirectLine;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.CaseWeb;

/// <summary>
/// The case page in Debian's Chromium: the agent signed in reads the whole request, its documents and its QR code; a
/// person of another province, and a browser signed in as nobody, get the same 404 for the same address.
/// </summary>
public sealed class CasePageTests
{
    [Fact]
    public async Task The_case_page_shows_the_case_to_its_agent_and_nothing_to_anyone_else()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var people = Enumerable.Range(1, 12).Select(i => new[] { $"Người dùng số {i}", "Sở Tài chính", "Chuyên viên", $"09131110{i:00}", $"nguoidung{i}@cantho.gov.vn", "" });
        var code = await new CaseDesk(host.Services).FileAsync("cto.daumoi", "cto-mailbox-password", WebChatCaseContentTests.Answers(people));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = new Uri(host.Address, $"ho-so/{code}").ToString();

        var agent = await SignedInAsync(browser, host, "cto.cntt");
        var response = await agent.GotoAsync(page);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(agent.Locator("h1")).ToHaveTextAsync($"Hồ sơ {code}");
        await Assertions.Expect(agent.Locator("main")).ToContainTextAsync("Nội dung đề nghị");
        await Assertions.Expect(agent.Locator("main table tbody tr")).ToHaveCountAsync(12); // every row, not the card's first ten
        await Assertions.Expect(agent.Locator("main table tbody tr").Nth(11)).ToContainTextAsync("nguoidung12@cantho.gov.vn");
        await Assertions.Expect(agent.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Tải công văn đề nghị (.docx)" })).ToBeVisibleAsync();
        var qr = agent.Locator("figure.qr img");
        await Assertions.Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 100); // the PNG loaded
        await ScreenshotAsync(agent, "case-page-agent.png");
        Assert.Empty(await CspViolations.OfAsync(agent));

        var stranger = await SignedInAsync(browser, host, "hyn.cntt");
        Assert.Equal(404, (await stranger.GotoAsync(page))!.Status);
        await Assertions.Expect(stranger.Locator("main")).ToContainTextAsync("Không tìm thấy hồ sơ này");
        await Assertions.Expect(stranger.Locator("main")).Not.ToContainTextAsync("Người dùng số 1");
        Assert.Equal(404, (await stranger.Context.APIRequest.GetAsync(page + "/ma-qr.png")).Status);
        await ScreenshotAsync(stranger, "case-page-stranger.png");

        var nobody = await (await browser.NewContextAsync()).NewPageAsync();
        Assert.Equal(404, (await nobody.GotoAsync(page))!.Status);
    }

    /// <summary>A browser context signed in as a demo person through the Web Chat page's picker.</summary>
    private static async Task<IPage> SignedInAsync(IBrowser browser, ServiceTestHost host, string login)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        await CspViolations.WatchAsync(page);
        await page.GotoAsync(host.Address.ToString());
        await page.Locator($"button[data-login='{login}']").ClickAsync();
        await Assertions.Expect(page.Locator("#who-name")).ToContainTextAsync(login);
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestOutput", name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
