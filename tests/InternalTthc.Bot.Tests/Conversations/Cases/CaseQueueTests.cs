using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Conversations.Cases;

/// <summary>The agents' queue: new, mine, due soon (within one working day), overdue, by procedure; only for agents.</summary>
public sealed class CaseQueueTests
{
    [Fact]
    public async Task The_filters_pick_new_mine_due_soon_overdue_and_by_procedure()
    {
        // Monday 09:00: three cases for the IT centre of Lai Châu; receipt is due 8 working hours after submission.
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var fresh = await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");
        var mine = await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");      // 3 working days once received
        var colleague = await desk.FileAsync("lcu.daumoi", "lcu-mailbox-terminate"); // 2 working days once received
        var agent = new ChatDriver(host.Services, "lcu.cntt");
        var other = new ChatDriver(host.Services, "lcu.cntt2");
        await agent.SayAsync($"tra cứu {mine}");
        await agent.PressAsync("Tiếp nhận");
        await other.SayAsync($"tra cứu {colleague}");
        await other.PressAsync("Tiếp nhận");

        await agent.SayAsync("hang doi");
        Assert.Contains("Hồ sơ cần xử lý: Tất cả", agent.LastText);
        Assert.Contains("3 hồ sơ.", agent.LastText);
        await agent.PressAsync("Mới gửi");
        AssertShows(agent, [fresh], [mine, colleague]);
        await agent.PressAsync("Giao cho tôi");
        AssertShows(agent, [mine], [fresh, colleague]);
        await agent.PressAsync("Sắp đến hạn"); // receipt due Tuesday 09:00, within one working day
        AssertShows(agent, [fresh], [mine, colleague]);
        await agent.PressAsync("Quá hạn");
        Assert.Contains("Không có hồ sơ nào.", agent.LastText);

        host.Clock.Advance(TimeSpan.FromHours(25)); // Tuesday 10:00
        await agent.PressAsync("Quá hạn");
        AssertShows(agent, [fresh], [mine, colleague]);
        await agent.PressAsync("Sắp đến hạn"); // the two-day case ends Wednesday 17:00, the three-day one Thursday
        AssertShows(agent, [colleague], [fresh, mine]);
        await agent.PressAsync("Lọc theo thủ tục", new Dictionary<string, string> { ["procedure"] = "lcu-mailbox-terminate" });
        AssertShows(agent, [colleague], [fresh, mine]);
        await agent.PressAsync($"Xem {colleague}");
        Assert.Contains("Vàng Thị Mai (demo)", agent.LastText);
        await CardSchema.AssertValidAsync(agent.Cards);
    }

    [Fact]
    public async Task Agents_get_the_queue_button_and_others_a_polite_refusal()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var agent = new ChatDriver(host.Services, "lcu.cntt");
        var focal = new ChatDriver(host.Services, "lcu.daumoi");

        await agent.SayAsync("xin chào");
        Assert.Contains("Hồ sơ cần xử lý", agent.LastText);
        await focal.SayAsync("xin chào");
        Assert.DoesNotContain("Hồ sơ cần xử lý", focal.LastText);
        await focal.SayAsync("hồ sơ cần xử lý");
        Assert.Contains("Chức năng này dành cho cán bộ xử lý hồ sơ của đơn vị thực hiện.", focal.LastText);
        await CardSchema.AssertValidAsync([.. agent.Cards, .. focal.Cards]);
    }

    private static void AssertShows(ChatDriver chat, string[] shown, string[] hidden)
    {
        foreach (var code in shown) Assert.Contains($"Xem {code}", chat.LastText);
        foreach (var code in hidden) Assert.DoesNotContain($"Xem {code}", chat.LastText);
    }
}
