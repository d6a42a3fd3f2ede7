using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>
/// Issue 17's injection check in Debian's Chromium: a name from the directory and free text full of markdown, HTML, script
/// and length reach a screen and are shown as text: no script runs, no link is made. Each page is one entry of
/// <see cref="Pages"/>. Every page runs whole under the Content-Security-Policy: not one violation.
/// </summary>
public sealed class InjectionBrowserTests : IAsyncLifetime
{
    private const string Evil = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>**[bấm vào đây](https://evil.example)** _nghiêng_ `mã` &lt;b&gt;";

    /// <summary>A leader with the hostile name, who reads the dashboard.</summary>
    private const string Leader = "hyn.lanhdao.doc";

    /// <summary>The agent who opens the hostile person's request in the console.</summary>
    private const string Agent = "hyn.cntt";

    private static readonly string Long = string.Concat(Enumerable.Repeat("dài ", 400));

    private readonly string _folder = ServiceTestHost.NewFolder();
    private ServiceTestHost? _host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The pages showing typed text to someone: where to go, signed in as whom, and what to do there.</summary>
    public static TheoryData<string> Pages => new("webchat-greeting", "hoi-dap", "case-page", "dashboard", "agent-console");

    public async ValueTask InitializeAsync()
    {
        _host = await ServiceTestHost.StartAsync(_folder);
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            // The requester's own name is hostile.
            await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().ImportAsync(new DirectoryImport
            {
                Units = [],
                People =
                [
                    new ImportedPerson { Login = "hyn.daumoi", FullName = Evil, UnitCode = "hyn-demo-so-y-te", Roles = [new ImportedRole(Role.FocalPoint)] },
                    new ImportedPerson { Login = Leader, FullName = Evil, UnitCode = "hyn-demo-so-y-te", Roles = [new ImportedRole(Role.Leader)] },
                ],
            }, Ct);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Hostile_names_and_free_text_are_shown_inert(string name)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN",
            ExtraHTTPHeaders = new Dictionary<string, string> { [DirectLineTestClient.ProxyHeader] = name switch { "dashboard" => Leader, "agent-console" => Agent, _ => "hyn.daumoi" } },
        });
        var page = await context.NewPageAsync();
        await CspViolations.WatchAsync(page);
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        var shown = name switch
        {
            "webchat-greeting" => await GreetingInWebChatAsync(page),
            "case-page" => await CasePageAsync(page),
            "dashboard" => await DashboardAsync(page),
            "agent-console" => await AgentConsoleAsync(page),
            _ => await AnswerPageAsync(page),
        };

        await Assertions.Expect(shown).ToContainTextAsync("[bấm vào đây](https://evil.example)");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("a[href*='evil.example']").CountAsync());
        Assert.Equal(0, await shown.Locator("img, script, strong, em, code").CountAsync());
        Assert.Empty(await CspViolations.OfAsync(page));
        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestOutput", $"injection-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
    }

    /// <summary>The person whose directory name is hostile opens Web Chat: the bot's greeting card names him.</summary>
    private async Task<ILocator> GreetingInWebChatAsync(IPage page)
    {
        await page.GotoAsync(_host!.Address.ToString());
        var card = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .ac-adaptiveCard").Filter(new() { HasText = "Xin chào" }).First;
        await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return card;
    }

    /// <summary>The public answers page, searched with the hostile text.</summary>
    private async Task<ILocator> AnswerPageAsync(IPage page)
    {
        await page.GotoAsync(new Uri(_host!.Address, "hoi-dap?q=" + Uri.EscapeDataString(Evil + Long)).ToString());
        return page.Locator("main");
    }

    /// <summary>The requester's case page: his name as its filer, and the hostile text as the mailbox's owner he typed.</summary>
    private async Task<ILocator> CasePageAsync(IPage page)
    {
        var code = await new CaseDesk(_host!.Services).FileAsync("hyn.daumoi", "hyn-mailbox-restore", FormAnswers.Empty
            .With("mailboxAddress", "hop.thu@hungyen.gov.vn").With("mailboxOwner", Evil).With("contactPhone", "0912345678"));
        var response = await page.GotoAsync(new Uri(_host.Address, $"ho-so/{code}").ToString());
        Assert.Equal(200, response!.Status);
        return page.Locator("main dl").Filter(new() { HasText = "Người đề nghị" }); // the request's facts, beside the QR code's picture
    }

    /// <summary>The leader with the hostile name reads the dashboard, which names him at the top.</summary>
    private async Task<ILocator> DashboardAsync(IPage page)
    {
        await page.GotoAsync(new Uri(_host!.Address, "bang-dieu-khien").ToString());
        await Assertions.Expect(page.Locator("section[data-table='Overview'] table")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return page.Locator("#who-name");
    }

    /// <summary>
    /// The hostile person asks for a person: the agent sees his name in the queue and at the top of the conversation, takes
    /// it, and the hostile text with a very long line he writes then appears in the transcript under his name.
    /// </summary>
    private async Task<ILocator> AgentConsoleAsync(IPage page)
    {
        var requester = new ChatDriver(_host!.Services, "hyn.daumoi");
        await requester.SayAsync("xin chào");
        await requester.SayAsync("tôi muốn gặp cán bộ hỗ trợ");
        await page.GotoAsync(new Uri(_host.Address, "can-bo").ToString());
        await page.Locator("#online").CheckAsync();
        var row = page.Locator("#queue button").Filter(new() { HasText = "[bấm vào đây](https://evil.example)" });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal(0, await row.Locator("img, script, strong, em, code").CountAsync());
        await row.ClickAsync();
        await Assertions.Expect(page.Locator("#c-requester")).ToHaveTextAsync(Evil);
        Assert.Equal(0, await page.Locator("#c-requester").Locator("img, script, strong, em, code").CountAsync());
        await page.Locator("#take").ClickAsync();
        await Assertions.Expect(page.Locator("#c-status")).ToHaveTextAsync("Đang trao đổi");

        await requester.SayAsync(Evil + " " + Long);
        var said = page.Locator("#transcript li.Requester").Last;
        await Assertions.Expect(said).ToContainTextAsync(Long.Trim());
        return page.Locator("#transcript");
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        ServiceTestHost.DeleteFolder(_folder);
    }
}
