using InternalTthc.Bot.Tests.Support;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// A focal point on Zalo (signed webhook, fake OA API on a real socket) asks for a person; an agent in the console at
/// /can-bo (Debian's Chromium) takes the request, they write to each other — his words reach the console, the agent's
/// reach Zalo through the OA API with her name — and when the agent ends, the bot answers on Zalo again.
/// </summary>
public sealed class ZaloHandoffConsoleTests
{
    private const string Ngoc = "7001002003004005006";

    [Fact]
    public async Task An_agent_in_the_console_takes_over_a_Zalo_conversation_talks_through_the_OA_API_and_ends_it()
    {
        await using var zalo = await ZaloService.StartAsync(environment: "Development");
        await new CaseDesk(zalo.Host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var console = await ZaloConsolePage.OpenAsync(browser, zalo, "cto.cntt", "Trương Thanh Tâm (demo)");
        await console.Locator("#online").CheckAsync();
        await Assertions.Expect(console.Locator("#presence-label")).ToHaveTextAsync("Đang trực tuyến: nhận yêu cầu mới");

        await zalo.TurnAsync(() => user.SayAsync("tôi muốn gặp cán bộ hỗ trợ"));
        Assert.Contains("vị trí thứ 1 trong hàng chờ", user.LastText);

        // The request appears in the console; the agent takes it and the Zalo user is told who has him.
        var row = console.Locator("#queue button").Filter(new() { HasText = "Lâm Thị Ngọc (demo)" });
        await Assertions.Expect(row).ToContainTextAsync("Đang chờ");
        await row.ClickAsync();
        await Assertions.Expect(console.Locator("#c-facts")).ToContainTextAsync("tôi muốn gặp cán bộ hỗ trợ");
        var seen = user.Received.Count;
        await console.Locator("#take").ClickAsync();
        await Assertions.Expect(console.Locator("#c-status")).ToHaveTextAsync("Đang trao đổi");
        Assert.Contains("Trương Thanh Tâm (demo)", await zalo.ReceivedAsync(user, seen, "đang trao đổi với bạn"));

        // His words reach the console, the bot saying nothing on Zalo.
        seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync("Chị không vào được hộp thư từ sáng em ạ"));
        await Assertions.Expect(console.Locator("#transcript li.Requester").Last).ToContainTextAsync("Chị không vào được hộp thư từ sáng em ạ");
        Assert.Equal(seen, user.Received.Count);

        // The agent's words reach Zalo through the OA API, with her name.
        await console.Locator("#reply-text").FillAsync("Chị thử đăng nhập lại sau khi đổi mật khẩu nhé.");
        await console.Locator("#reply button[type='submit']").ClickAsync();
        var relayed = await zalo.ReceivedAsync(user, seen, "Chị thử đăng nhập lại sau khi đổi mật khẩu nhé.");
        Assert.Contains("Trương Thanh Tâm (demo)", relayed);
        await ZaloConsolePage.ShotAsync(console, "zalo-handoff-console-talking");

        seen = user.Received.Count;
        await console.Locator("#end").ClickAsync();
        await Assertions.Expect(console.Locator("#notice")).ToHaveTextAsync("Đã kết thúc cuộc trao đổi.");
        await zalo.ReceivedAsync(user, seen, "Cán bộ đã kết thúc cuộc trao đổi");
        seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync("menu"));
        Assert.Contains("Cấp lại mật khẩu hộp thư", user.TextSince(seen)); // the bot answers again
        Assert.Empty(zalo.Oa.Violations);
    }
}
