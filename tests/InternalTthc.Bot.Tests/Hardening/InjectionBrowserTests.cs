using InternalTthc.Bot.Tests.Notifications;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>
/// Issue 17's injection check in Debian's Chromium: a name and free text full of markdown, HTML, script and length reach
/// another person's screen and are shown as text: no script runs, no link is made. Each page is one entry of
/// <see cref="Pages"/>; the console and the dashboard join with one line each.
/// </summary>
public sealed class InjectionBrowserTests : IAsyncLifetime
{
    private const string Evil = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>**[bấm vào đây](https://evil.example)** _nghiêng_ `mã` &lt;b&gt;";

    private static readonly string Long = string.Concat(Enumerable.Repeat("dài ", 3000));

    private readonly string _folder = ServiceTestHost.NewFolder();
    private ServiceTestHost? _host;
    private string _code = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The pages showing typed text to someone: where to go, signed in as whom, and what to do there.</summary>
    public static TheoryData<string> Pages => new("webchat-case-card", "hoi-dap");

    public async ValueTask InitializeAsync()
    {
        _host = await ServiceTestHost.StartAsync(_folder);
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            // The requester's own name is hostile.
            await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().ImportAsync(new DirectoryImport
            {
                Units = [],
                People = [new ImportedPerson { Login = "hyn.daumoi", FullName = Evil, UnitCode = "hyn-demo-so-y-te", Roles = [new ImportedRole(Role.FocalPoint)] }],
            }, Ct);
        }

        var requester = new ChatDriver(_host.Services, "hyn.daumoi");
        await requester.SayAsync("xin chào");
        await requester.PressAsync("Khôi phục hộp thư bị khóa");
        await requester.PressAsync("Tiếp tục", new Dictionary<string, string>
        {
            ["mailboxAddress"] = "nam.dv@hungyen.gov.vn", ["mailboxOwner"] = Evil + Long, ["contactPhone"] = "0914000002",
        });
        await requester.SkipOptionalQuestionsAsync();
        await requester.PressAsync("Gửi hồ sơ");
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            _code = (await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Cases.SingleAsync(c => c.Code != null, Ct)).Code!;
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
            ExtraHTTPHeaders = new Dictionary<string, string> { [DirectLineTestClient.ProxyHeader] = "hyn.cntt" },
        });
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        var shown = name switch
        {
            "webchat-case-card" => await CaseCardInWebChatAsync(page),
            _ => await AnswerPageAsync(page),
        };

        await Assertions.Expect(shown).ToContainTextAsync("[bấm vào đây](https://evil.example)");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("a[href*='evil.example']").CountAsync());
        Assert.Equal(0, await shown.Locator("img, script, strong, em, code").CountAsync());
        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestOutput", $"injection-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
    }

    /// <summary>The agent looks the case up in Web Chat: the case card shows the requester's name and answers.</summary>
    private async Task<ILocator> CaseCardInWebChatAsync(IPage page)
    {
        await page.GotoAsync(_host!.Address.ToString());
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await Assertions.Expect(page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await input.FillAsync($"tra cứu {_code}");
        await input.PressAsync("Enter");
        var card = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .ac-adaptiveCard").Filter(new() { HasText = _code }).Last;
        await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return card;
    }

    /// <summary>The public answers page, searched with the hostile text.</summary>
    private async Task<ILocator> AnswerPageAsync(IPage page)
    {
        await page.GotoAsync(new Uri(_host!.Address, "hoi-dap?q=" + Uri.EscapeDataString(Evil)).ToString());
        return page.Locator("main");
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
