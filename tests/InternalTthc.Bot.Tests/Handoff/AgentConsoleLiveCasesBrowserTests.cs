using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;
using static InternalTthc.Bot.Tests.Handoff.AgentConsoleBrowserTests;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// In Debian's Chromium, two agents of Lai Châu's IT centre have the console open; one receives a case, the other's case
/// list (and the case he has open) shows it received without reloading the page, as the hand-off queue does.
/// </summary>
public sealed class AgentConsoleLiveCasesBrowserTests
{
    [Fact]
    public async Task When_one_agent_receives_a_case_the_other_agent_s_open_list_and_panel_show_it_without_reload()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");
        var other = await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var refused = new List<string>();
        var watching = await SignedInAsync(browser, host, "lcu.cntt", refused);
        var acting = await SignedInAsync(browser, host, "lcu.cntt2", refused);

        var row = watching.Locator($"#cases button[data-code='{code}']");
        await Assertions.Expect(row).ToContainTextAsync("Đã gửi, chờ tiếp nhận");
        await row.ClickAsync();
        await Assertions.Expect(watching.Locator("#w-case-facts")).ToContainTextAsync("Đã gửi, chờ tiếp nhận");
        await ShotAsync(watching, "live-cases-1-watching-before");

        await acting.Locator($"#cases button[data-code='{code}']").ClickAsync();
        await acting.Locator("#w-case-panel button[data-verb='case.receive']").ClickAsync();
        await Assertions.Expect(acting.Locator("#w-case-facts")).ToContainTextAsync("Đã tiếp nhận");
        await ShotAsync(acting, "live-cases-2-acting-received");
        await host.DispatchAsync(); // the case's event, then its cards and the consoles, as the outbox does

        // The other console, not reloaded: the row and the open case as they now stand; the other case untouched.
        await Assertions.Expect(row).ToContainTextAsync("Đã tiếp nhận");
        await Assertions.Expect(watching.Locator("#w-case-facts")).ToContainTextAsync("Đã tiếp nhận");
        await Assertions.Expect(watching.Locator($"#cases button[data-code='{other}']")).ToContainTextAsync("Đã gửi, chờ tiếp nhận");
        await ShotAsync(watching, "live-cases-3-watching-after");
        Assert.Empty(refused);
    }

    private static async Task<IPage> SignedInAsync(IBrowser browser, ServiceTestHost host, string login, List<string> refused)
    {
        var page = await PageAsync(browser, 1600, refused);
        await page.GotoAsync(new Uri(host.Address, "can-bo").ToString());
        await page.Locator($"button[data-login='{login}']").ClickAsync();
        await Assertions.Expect(page.Locator("#who-name")).ToContainTextAsync(login);
        await Assertions.Expect(page.Locator("#cases button")).ToHaveCountAsync(2);
        return page;
    }
}
