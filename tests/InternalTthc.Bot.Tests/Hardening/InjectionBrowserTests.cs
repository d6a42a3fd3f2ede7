using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>
/// Issue 17's injection check in Debian's Chromium: a name from the directory and free text full of markdown, HTML, script
/// and length reach a screen and are shown as text: no script runs, no link is made. Each page is one entry of
/// <see cref="Pages"/>; the console and the dashboard join with one line each.
/// </summary>
public sealed class InjectionBrowserTests : IAsyncLifetime
{
    private const string Evil = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>**[bấm vào đây](https://evil.example)** _nghiêng_ `mã` &lt;b&gt;";

    private static readonly string Long = string.Concat(Enumerable.Repeat("dài ", 400));

    private readonly string _folder = ServiceTestHost.NewFolder();
    private ServiceTestHost? _host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The pages showing typed text to someone: where to go, signed in as whom, and what to do there.</summary>
    public static TheoryData<string> Pages => new("webchat-greeting", "hoi-dap");

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
            ExtraHTTPHeaders = new Dictionary<string, string> { [DirectLineTestClient.ProxyHeader] = "hyn.daumoi" },
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
            "webchat-greeting" => await GreetingInWebChatAsync(page),
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

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        ServiceTestHost.DeleteFolder(_folder);
    }
}
