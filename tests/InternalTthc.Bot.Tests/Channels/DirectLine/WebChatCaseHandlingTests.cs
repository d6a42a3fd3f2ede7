using System.Text.RegularExpressions;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Issue #6's "done when", in the real Web Chat in Debian's Chromium: a focal point of Cần Thơ's finance department
/// files a new mailbox, an IT agent of the executing agency receives it, asks for a supplement and returns the result
/// with its document and file; each page sees the other's steps arrive on their own (the dispatcher runs in the
/// background, woken by each commit), and the requester downloads the very bytes the agent uploaded.
/// </summary>
public sealed class WebChatCaseHandlingTests
{
    private const string Code = "CTO-2026-00001";
    private static readonly byte[] Letter = [.. "%PDF-1.4\n% Công văn số 15/STC-VP\n"u8, .. Enumerable.Range(0, 200).Select(i => (byte)i)];
    private static readonly byte[] Result = [.. "%PDF-1.4\n% Quyết định cấp hộp thư số 15/TTCNTT\n"u8, .. Enumerable.Range(0, 900).Select(i => (byte)(i * 7))];

    [Fact]
    public async Task The_requester_sees_the_agent_receive_ask_for_a_supplement_and_return_the_result_with_its_file()
    {
        await using var host = await ServiceTestHost.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "true" }, "Development");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var agent = await OpenAsync(browser, host, "cto.cntt", "Xin chào Trương Thanh Tâm (demo)!");
        var requester = await OpenAsync(browser, host, "cto.daumoi", "Xin chào Lâm Thị Ngọc (demo)!");

        // The focal point files a new mailbox, the signed official letter uploaded with Web Chat's paper clip.
        await Bot(requester).Locator(".ac-pushButton", new LocatorLocatorOptions { HasTextRegex = new Regex("^Cấp mới hộp thư điện tử$") }).First.ClickAsync();
        var form = Card(requester, "Ngày ký công văn");
        // The experts' box of the second list (individuals): rows typed with ";" between cells.
        await form.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Hoặc gõ nhiều dòng một lúc (cho người quen dùng)", Exact = true }).Nth(1).FillAsync(
            "Nguyễn Văn Bình; Sở Tài chính; Phòng Kế hoạch; Chuyên viên; 079123456789; 0912345678; ");
        await form.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Số công văn đề nghị", Exact = true }).FillAsync("15/STC-VP");
        await form.Locator("input[type=date]").FillAsync("2026-02-27");
        await form.Locator(".ac-pushButton", new LocatorLocatorOptions { HasTextRegex = new Regex("^Tiếp tục$") }).ClickAsync();
        await Assertions.Expect(Bot(requester).Filter(new LocatorFilterOptions { HasText = "Tệp công văn đề nghị đã ký" }).Last).ToBeVisibleAsync();
        await SendFileAsync(requester, "cong-van-15.pdf", Letter);
        var summary = Card(requester, "Kiểm tra trước khi gửi");
        await Assertions.Expect(summary).ToContainTextAsync("cong-van-15.pdf");
        await summary.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Gửi hồ sơ" }).ClickAsync();
        await Assertions.Expect(Card(requester, $"Đã gửi hồ sơ thành công. Mã hồ sơ: {Code}")).ToBeVisibleAsync();

        // The agent's page shows the new case without his typing anything, and he receives it.
        var arrived = Card(agent, $"Có hồ sơ mới {Code} cần tiếp nhận.");
        await Assertions.Expect(arrived).ToBeVisibleAsync();
        await Assertions.Expect(arrived).ToContainTextAsync("Tải cong-van-15.pdf");
        await Press(arrived, "Tiếp nhận");
        var received = Card(agent, $"Đã tiếp nhận hồ sơ {Code}.");
        await Assertions.Expect(received).ToBeVisibleAsync();
        await received.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Lý do hoặc nội dung yêu cầu", Exact = true })
            .FillAsync("Xin gửi thêm quyết định tuyển dụng của ông Nguyễn Văn Bình.");
        await Press(received, "Yêu cầu bổ sung");
        await Assertions.Expect(Card(agent, $"Đã gửi yêu cầu bổ sung hồ sơ {Code}.")).ToBeVisibleAsync();

        // The requester's page shows the request; he answers from the card itself.
        var asked = Card(requester, $"Hồ sơ {Code} cần bổ sung: Xin gửi thêm quyết định tuyển dụng của ông Nguyễn Văn Bình");
        await Assertions.Expect(asked).ToBeVisibleAsync();
        await asked.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Lý do hoặc nội dung yêu cầu", Exact = true })
            .FillAsync("Quyết định tuyển dụng số 102/QĐ-STC ngày 20/02/2026.");
        await Press(asked, "Gửi bổ sung");
        await Assertions.Expect(Card(requester, $"Đã gửi nội dung bổ sung cho hồ sơ {Code}.")).ToBeVisibleAsync();

        // The agent sees the supplement and returns the result: its document on the card, its file uploaded next.
        var supplemented = Card(agent, $"Hồ sơ {Code} đã được bổ sung");
        await Assertions.Expect(supplemented).ToBeVisibleAsync();
        await Assertions.Expect(supplemented).ToContainTextAsync("Quyết định tuyển dụng số 102/QĐ-STC ngày 20/02/2026.");
        await supplemented.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Số văn bản kết quả", Exact = true }).FillAsync("15/TTCNTT");
        await supplemented.Locator("input[type=date]").FillAsync("2026-03-02");
        await supplemented.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Tóm tắt kết quả", Exact = true })
            .FillAsync("Đã cấp hộp thư binh.nv@cantho.gov.vn cho ông Nguyễn Văn Bình.");
        await Press(supplemented, "Trả kết quả");
        await Assertions.Expect(Bot(agent).Filter(new LocatorFilterOptions { HasText = $"Trả kết quả hồ sơ {Code}: hãy gửi tệp kết quả" }).Last).ToBeVisibleAsync();
        await SendFileAsync(agent, "ket-qua.pdf", Result);
        var resolved = Card(agent, $"Đã trả kết quả hồ sơ {Code}.");
        await Assertions.Expect(resolved).ToBeVisibleAsync();
        await Assertions.Expect(resolved).ToContainTextAsync("Tệp kết quả");

        // The requester's page shows the result with its file; the link gives the bytes the agent sent.
        var result = Card(requester, $"Hồ sơ {Code} đã có kết quả: văn bản số 15/TTCNTT ngày 02/03/2026.");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result).ToContainTextAsync("Đã cấp hộp thư binh.nv@cantho.gov.vn cho ông Nguyễn Văn Bình.");
        await Assertions.Expect(result).ToContainTextAsync("Tệp kết quả");
        var download = await DownloadAsync(requester, result.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Tải ket-qua.pdf" }));
        Assert.Equal("ket-qua.pdf", download.SuggestedFilename);
        Assert.Equal(Result, await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));

        await ScreenshotAsync(agent, "webchat-case-agent.png");
        await ScreenshotAsync(requester, "webchat-case-requester.png");
    }

    /// <summary>A page of its own browser context (its own sign-in cookie) for one demo person, greeted by the bot.</summary>
    internal static async Task<IPage> OpenAsync(IBrowser browser, ServiceTestHost host, string login, string greeting)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh", ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());
        await page.Locator($"button[data-login='{login}']").ClickAsync();
        await Assertions.Expect(Bot(page).Filter(new LocatorFilterOptions { HasText = greeting }).First).ToBeVisibleAsync();
        return page;
    }

    internal static ILocator Bot(IPage page) => page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    /// <summary>The latest card of the bot that says <paramref name="text"/>.</summary>
    internal static ILocator Card(IPage page, string text) =>
        Bot(page).Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = text }).Last;

    internal static Task Press(ILocator card, string title) =>
        card.Locator(".ac-pushButton", new LocatorLocatorOptions { HasTextRegex = new Regex($"^{Regex.Escape(title)}$") }).ClickAsync();

    /// <summary>Picks a file with Web Chat's upload button (its hidden file input) and sends it.</summary>
    private static async Task SendFileAsync(IPage page, string name, byte[] bytes)
    {
        await page.Locator("input.webchat__upload-button--file-input").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = bytes });
        await page.Locator("[data-id='webchat-sendbox-input']").PressAsync("Enter");
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user").Filter(new LocatorFilterOptions { HasText = name }).Last).ToBeVisibleAsync();
    }

    /// <summary>Follows a link button: Web Chat opens it in a new window, where the file is downloaded.</summary>
    internal static async Task<IDownload> DownloadAsync(IPage page, ILocator link)
    {
        var downloaded = new TaskCompletionSource<IDownload>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Context.Page += (_, opened) => opened.Download += (_, download) => downloaded.TrySetResult(download);
        page.Download += (_, download) => downloaded.TrySetResult(download);
        await link.ClickAsync();
        return await downloaded.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    internal static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestOutput", name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }

    /// <summary>One card whole (Web Chat's transcript scrolls inside the page, so a page shot may miss it).</summary>
    internal static async Task ScreenshotAsync(ILocator card, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestOutput", name);
        await card.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
