using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;
using Microsoft.Playwright;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// A Zalo user linked to nobody asks for a person: he picks the province, waits in its IT centre's queue, and the agent at
/// the console reads that he is not identified (the name he shows on Zalo, no unit); they talk, but no case is filed for
/// him, nor can he file one himself.
/// </summary>
public sealed class ZaloGuestHandoffTests
{
    private const string Stranger = "7001002003004005077";

    [Fact]
    public async Task A_user_linked_to_nobody_talks_with_an_agent_who_sees_he_is_not_identified_and_files_nothing()
    {
        await using var zalo = await ZaloService.StartAsync(environment: "Development");
        zalo.Oa.DisplayNames[Stranger] = "Khánh Vy";
        var user = zalo.User(Stranger);

        await zalo.TurnAsync(() => user.SayAsync("tôi muốn gặp cán bộ"));
        Assert.Contains("Bạn cần cán bộ của tỉnh, thành phố nào hỗ trợ?", user.LastText);
        Assert.Contains("chưa gửi được hồ sơ cho đến khi tài khoản được liên kết", user.LastText);
        await zalo.TurnAsync(() => user.TapAsync("Thành phố Cần Thơ"));
        Assert.Contains("vị trí thứ 1 trong hàng chờ", user.LastText);

        var agent = new ZaloConsoleAgent(zalo, "cto.cntt");
        var request = await agent.RequestAsync();
        Assert.Equal("Khánh Vy (chưa xác định danh tính, qua Zalo)", request.Requester);
        Assert.Equal("Chưa xác định đơn vị: tài khoản chat chưa liên kết, không gửi được hồ sơ", request.Unit);
        Assert.Contains("tôi muốn gặp cán bộ", (await agent.ConversationAsync(request.Id)).Context.Words);

        // The console (Debian's Chromium) shows the same: who he says he is on Zalo, not identified, no unit.
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var console = await ZaloConsolePage.OpenAsync(browser, zalo, "cto.cntt", "Trương Thanh Tâm (demo)");
        await console.Locator("#queue button").Filter(new() { HasText = "Khánh Vy" }).ClickAsync();
        await Assertions.Expect(console.Locator("#c-facts")).ToContainTextAsync("tôi muốn gặp cán bộ");
        await Assertions.Expect(console.Locator("#c-requester")).ToHaveTextAsync("Khánh Vy (chưa xác định danh tính, qua Zalo)");
        await Assertions.Expect(console.Locator("#c-unit")).ToContainTextAsync("Chưa xác định đơn vị");
        // No case can be opened for him: the console says why instead of offering "Lập hồ sơ từ cuộc trao đổi".
        await Assertions.Expect(console.Locator("#open-case")).ToBeHiddenAsync();
        await Assertions.Expect(console.Locator("#open-case-why")).ToHaveTextAsync(
            "Người hỏi chưa được xác định danh tính (tài khoản chat chưa liên kết với cán bộ nào): không gửi được hồ sơ cho người này. Hãy hướng dẫn người hỏi liên kết tài khoản trước.");
        await ZaloConsolePage.ShotAsync(console, "zalo-guest-handoff-console");

        var seen = user.Received.Count;
        await agent.TakeAsync(request.Id);
        Assert.Contains("đang trao đổi với bạn", user.TextSince(seen));
        await zalo.TurnAsync(() => user.SayAsync("Em là nhân viên mới, chưa có hộp thư công vụ"));
        Assert.Contains((await agent.ConversationAsync(request.Id)).Transcript,
            l => l.Side == "Requester" && l.Author == "Khánh Vy (chưa xác định danh tính, qua Zalo)" && l.Text == "Em là nhân viên mới, chưa có hộp thư công vụ");
        seen = user.Received.Count;
        Assert.Null(await agent.WriteAsync(request.Id, "Em nhờ đơn vị gửi hồ sơ cấp mới hộp thư nhé."));
        Assert.Contains("Em nhờ đơn vị gửi hồ sơ cấp mới hộp thư nhé.", user.TextSince(seen));

        // Nothing is filed in the name of someone nobody identified.
        var filing = await agent.FileAsync(request.Id, "cto-mailbox-password", new Dictionary<string, string>());
        Assert.Null(filing.CaseCode);
        Assert.StartsWith("Người hỏi chưa được xác định danh tính", filing.Message);

        seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync("kết thúc"));
        await zalo.TurnAsync(() => user.SayAsync("hồ sơ của tôi"));
        Assert.Contains("Tài khoản chưa được liên kết", user.TextSince(seen)); // the bot is back, and he still files nothing
        Assert.Empty(zalo.Oa.Violations);
    }

    [Fact]
    public async Task Outside_office_hours_a_user_linked_to_nobody_is_told_when_agents_are_back_and_not_offered_a_case_he_cannot_file()
    {
        await using var zalo = await ZaloService.StartAsync(environment: "Development", clock: new FakeClock(FakeClock.DefaultStart.AddHours(11))); // 20:00
        var user = zalo.User(Stranger);

        await zalo.TurnAsync(() => user.SayAsync("cho tôi gặp cán bộ"));
        await zalo.TurnAsync(() => user.TapAsync("Thành phố Cần Thơ"));

        Assert.Contains("Ngoài giờ làm việc", user.LastText);
        Assert.Contains("Cán bộ sẽ làm việc trở lại lúc 07:30 03/03/2026; bạn hãy nhắn lại khi đó.", user.LastText);
        Assert.DoesNotContain("Để lại hồ sơ", user.LastText);
        Assert.DoesNotContain("để lại hồ sơ", user.LastText);
    }

    [Fact]
    public async Task When_no_agent_comes_a_user_linked_to_nobody_is_offered_to_ask_again_not_a_case_he_cannot_file()
    {
        await using var zalo = await ZaloService.StartAsync(environment: "Development");
        var user = zalo.User(Stranger);
        await zalo.TurnAsync(() => user.SayAsync("tôi muốn gặp cán bộ"));
        await zalo.TurnAsync(() => user.TapAsync("Thành phố Cần Thơ"));
        Assert.Contains("vị trí thứ 1 trong hàng chờ", user.LastText);

        var seen = user.Received.Count;
        zalo.Host.Clock.Advance(TimeSpan.FromMinutes(10)); // Handoff:WaitForAgent
        await zalo.DispatchAsync();
        var gaveUp = user.TextSince(seen);
        Assert.Contains("chưa có cán bộ nào nhận yêu cầu của bạn", gaveUp);
        Assert.Contains("bấm \"Gặp cán bộ\" để hỏi lại, hoặc nhắn lại trong giờ làm việc", gaveUp);
        Assert.DoesNotContain("hồ sơ", gaveUp, StringComparison.OrdinalIgnoreCase);

        // Asking again works: he is back in the queue.
        await zalo.TurnAsync(() => user.TapAsync("Gặp cán bộ"));
        await zalo.TurnAsync(() => user.TapAsync("Thành phố Cần Thơ"));
        Assert.Contains("vị trí thứ 1 trong hàng chờ", user.LastText);
    }
}
