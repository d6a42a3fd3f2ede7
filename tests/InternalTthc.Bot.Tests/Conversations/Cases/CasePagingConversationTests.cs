using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Conversations.Cases;

/// <summary>Long lists a page at a time: the agent's queue and "hồ sơ của tôi" show 20 cases and "Xem thêm" for the next ones.</summary>
public sealed class CasePagingConversationTests
{
    private const int Filed = 23;

    [Fact]
    public async Task Xem_them_pages_through_the_queue_and_my_cases_without_repeating_or_losing_a_case()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var codes = await FileAsync(host);
        var agent = new ChatDriver(host.Services, "lcu.cntt");
        await agent.SayAsync("hang doi");
        await AssertPagesAsync(agent, codes, "Hồ sơ 1–20 trong 23 (hồ sơ khẩn và hạn gần nhất trước).", "Hồ sơ 21–23 trong 23 (hồ sơ khẩn và hạn gần nhất trước).");

        var focal = new ChatDriver(host.Services, "lcu.daumoi");
        await focal.SayAsync("hồ sơ của tôi");
        await AssertPagesAsync(focal, codes, "Hồ sơ 1–20 trong 23.", "Hồ sơ 21–23 trong 23.");
        await CardSchema.AssertValidAsync([.. agent.Cards, .. focal.Cards]);
    }

    [Fact]
    public async Task A_filter_keeps_its_pages_and_a_crafted_page_gets_the_first()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var codes = await FileAsync(host);
        var agent = new ChatDriver(host.Services, "lcu.cntt");
        await agent.SayAsync("hang doi");
        await agent.PressAsync("Mới gửi");
        Assert.Contains("Hồ sơ cần xử lý: Mới gửi", agent.LastText);
        await agent.PressAsync("Xem thêm");
        Assert.Contains("Hồ sơ cần xử lý: Mới gửi", agent.LastText);
        Assert.Contains("Hồ sơ 21–23 trong 23", agent.LastText);

        foreach (var crafted in new[] { "-20", "abc", "99999999999" })
        {
            await agent.SubmitAsync(new JsonObject { ["action"] = "showQueue", ["filter"] = "new", ["skip"] = crafted });
            Assert.Contains("Hồ sơ 1–20 trong 23", agent.LastText);
        }
    }

    /// <summary>Files <see cref="Filed"/> cases for the IT centre of Lai Châu; their codes.</summary>
    private static async Task<List<string>> FileAsync(ServiceTestHost host)
    {
        var desk = new CaseDesk(host.Services);
        var codes = new List<string>();
        for (var i = 0; i < Filed; i++) codes.Add(await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant"));
        return codes;
    }

    /// <summary>The first page shows 20 of the codes, "Xem thêm" the other 3 and no further button.</summary>
    private static async Task AssertPagesAsync(ChatDriver chat, List<string> codes, string firstRange, string secondRange)
    {
        Assert.Contains(firstRange, chat.LastText);
        var first = codes.Where(c => chat.LastText.Contains($"Xem {c}", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, first.Count);
        await chat.PressAsync("Xem thêm");
        Assert.Contains(secondRange, chat.LastText);
        var second = codes.Where(c => chat.LastText.Contains($"Xem {c}", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.DoesNotContain("Xem thêm", chat.LastText);
    }
}
