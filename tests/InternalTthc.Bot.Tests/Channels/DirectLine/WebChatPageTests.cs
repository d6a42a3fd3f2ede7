using System.Text.Json;
using System.Text.RegularExpressions;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Rendering;
using InternalTthc.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>The chat page in a real browser (Debian's Chromium): pick a demo person, say "xin chào", see the bot answer.</summary>
public sealed class WebChatPageTests : IAsyncLifetime
{
    private readonly string _folder = ServiceTestHost.NewFolder();
    private ServiceTestHost? _host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await ServiceTestHost.StartAsync(_folder, environment: "Development");

    [Fact]
    public async Task A_demo_person_says_xin_chao_and_sees_the_bots_answer_rendered()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1000, Height = 800 } });
        var failures = new List<string>();
        page.RequestFailed += (_, request) => failures.Add(request.Url);

        await page.GotoAsync(_host!.Address.ToString());
        await page.Locator("button[data-login='lcu.daumoi']").ClickAsync();
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await Assertions.Expect(input).ToHaveAttributeAsync("placeholder", "Nhập tin nhắn của bạn");
        var botBubble = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Filter(new LocatorFilterOptions
        {
            HasTextRegex = new Regex("xin chào", RegexOptions.IgnoreCase),
        }).First;

        // The bot greets when the conversation starts: once that shows, the page is connected and may send.
        await Assertions.Expect(botBubble).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await input.FillAsync("xin chào");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user").Filter(new LocatorFilterOptions { HasText = "xin chào" }))
            .ToHaveCountAsync(1, new() { Timeout = 30_000 });
        if (await botBubble.Locator(".ac-adaptiveCard").CountAsync() > 0)
        {
            await Assertions.Expect(botBubble.Locator(".ac-adaptiveCard").First).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("#who-name")).ToHaveTextAsync("Nguyễn Thị Hoa (demo) (lcu.daumoi)");

        // The project's own menu card, sent as the greeting bot will send it, renders as an Adaptive Card (not an error box).
        var conversationId = await page.EvaluateAsync<string>("() => sessionStorage.getItem('tthc.conversation.lcu.daumoi')");
        await SendMenuCardAsync(conversationId);
        var card = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .ac-adaptiveCard").Last;
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync("Xin chào Nguyễn Thị Hoa (demo)");
        Assert.True(await card.Locator(".ac-pushButton").CountAsync() > 0);

        Assert.DoesNotContain(await page.ContentAsync(), "Đã không gửi được", StringComparison.Ordinal);
        Assert.Empty(failures);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestOutput", "webchat-xin-chao.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    private async Task SendMenuCardAsync(string conversationId)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ProcedureCatalog>();
        var card = new AdaptiveCardRenderer().Render(MenuCard.Create("Nguyễn Thị Hoa (demo)", catalog.FindJurisdiction("lai-chau")!, catalog.ForJurisdiction("lai-chau")));
        await scope.ServiceProvider.GetRequiredService<DirectLineChannelSender>().SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = "internaltthc-bot", Role = RoleTypes.Bot },
            Attachments = [new Attachment { ContentType = AdaptiveCardRenderer.ContentType, Content = card }],
        }, Ct);
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
