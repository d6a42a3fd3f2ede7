using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;
using static InternalTthc.Bot.Tests.Handoff.AgentConsoleBrowserTests;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// In Debian's Chromium: an agent signs into the console, filters his agency's case queue as "hàng đợi" does, opens a
/// case that came with an official letter, downloads the letter through its link, receives the case and asks for a
/// supplement in words that look like markup (shown as typed), and finds it under "Giao cho tôi".
/// </summary>
public sealed class AgentConsoleWorkspaceBrowserTests
{
    private const string Note = "Thiếu <b>chữ ký</b> của thủ trưởng [xem mẫu](https://evil.example)";

    [Fact]
    public async Task An_agent_filters_the_case_queue_opens_a_case_downloads_its_file_and_acts_on_it()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var code = await AgentConsoleWorkspaceTests.FileWithLetterAsync(host);
        var other = await new CaseDesk(host.Services).FileAsync("cto.daumoi", "cto-mailbox-new");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var refused = new List<string>();
        var console = await PageAsync(browser, 1600, refused);

        await console.GotoAsync(new Uri(host.Address, "can-bo").ToString());
        await console.Locator("button[data-login='cto.cntt']").ClickAsync();
        await Assertions.Expect(console.Locator("#who-name")).ToContainTextAsync("cto.cntt");
        var cases = console.Locator("#cases button");
        await Assertions.Expect(cases).ToHaveCountAsync(2);
        await Assertions.Expect(console.Locator("#case-summary")).ToHaveTextAsync("2 hồ sơ.");
        await ShotAsync(console, "workspace-1-case-queue");

        await console.Locator("#case-filters button[data-filter='mine']").ClickAsync();
        await Assertions.Expect(console.Locator("#case-summary")).ToHaveTextAsync("Không có hồ sơ nào.");
        await console.Locator("#case-filters button[data-filter='new']").ClickAsync();
        await Assertions.Expect(cases).ToHaveCountAsync(2);
        await console.Locator("#case-filter-procedure").SelectOptionAsync("cto-mailbox-password");
        await Assertions.Expect(cases).ToHaveCountAsync(1);
        await Assertions.Expect(cases.First).ToContainTextAsync(code);
        await Assertions.Expect(console.Locator($"#cases button[data-code='{other}']")).ToHaveCountAsync(0);
        await ShotAsync(console, "workspace-2-filtered-by-procedure");

        await cases.First.ClickAsync();
        var panel = console.Locator("#w-case-panel");
        await Assertions.Expect(console.Locator("#w-case-title")).ToContainTextAsync($"Hồ sơ {code}");
        await Assertions.Expect(console.Locator("#w-case-facts")).ToContainTextAsync("Đã gửi, chờ tiếp nhận");
        await Assertions.Expect(console.Locator("#w-case-content")).ToContainTextAsync("Tệp đính kèm");
        var letter = console.Locator("#w-case-content a").Filter(new() { HasText = "cong-van.pdf" });
        await Assertions.Expect(letter).ToBeVisibleAsync();
        await ShotAsync(console, "workspace-3-case-opened");
        var download = await console.APIRequest.GetAsync((await letter.GetAttributeAsync("href"))!);
        Assert.Equal(AgentConsoleWorkspaceTests.Pdf, await download.BodyAsync());

        await panel.Locator("button[data-verb='case.receive']").ClickAsync();
        await Assertions.Expect(console.Locator("#notice")).ToContainTextAsync(code);
        await Assertions.Expect(console.Locator("#w-case-facts")).ToContainTextAsync("Đã tiếp nhận");
        await Assertions.Expect(console.Locator("#w-case-facts")).ToContainTextAsync("Hạn giải quyết");
        await ShotAsync(console, "workspace-4-received");

        await panel.Locator("details.case-action summary").Filter(new() { HasText = "bổ sung" }).ClickAsync();
        var ask = panel.Locator("form[data-verb='case.requestSupplement']");
        await ask.Locator("textarea").FillAsync(Note);
        await ask.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(console.Locator("#w-case-facts")).ToContainTextAsync("bổ sung");
        await Assertions.Expect(console.Locator("#w-case-timeline")).ToContainTextAsync(Note); // as typed, never as markup
        Assert.Equal(0, await panel.Locator("b, a[href*='evil.example']").CountAsync());
        await ShotAsync(console, "workspace-5-supplement-asked");

        await console.Locator("#case-filters button[data-filter='mine']").ClickAsync();
        await Assertions.Expect(cases).ToHaveCountAsync(1);
        await Assertions.Expect(cases.First).ToContainTextAsync(code);
        await ShotAsync(console, "workspace-6-mine");
        Assert.Empty(refused);
    }
}
