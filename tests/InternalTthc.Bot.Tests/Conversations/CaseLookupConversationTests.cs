using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>Following cases in chat: "hồ sơ của tôi", and look-up by code only within permission.</summary>
public sealed class CaseLookupConversationTests
{
    [Fact]
    public async Task The_unit_follows_its_case_and_a_foreign_or_wrong_code_gets_the_same_not_found()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var staff = new ChatDriver(host.Services, "hyn.canbo");
        await staff.SayAsync("xin chào");
        await staff.PressAsync("Khôi phục hộp thư bị khóa");
        await staff.PressAsync("Tiếp tục", new Dictionary<string, string>
        {
            ["mailboxAddress"] = "nam.dv@hungyen.gov.vn", ["mailboxOwner"] = "Đinh Văn Nam", ["contactPhone"] = "0914000002",
        });
        await staff.SkipOptionalQuestionsAsync();
        await staff.PressAsync("Gửi hồ sơ");
        Assert.Contains("Hồ sơ HYN-2026-00001", staff.LastText);

        var focal = new ChatDriver(host.Services, "hyn.daumoi");
        await focal.SubmitAsync(new JsonObject { ["action"] = "showMyCases" });
        Assert.Contains("Hồ sơ đang xử lý của Sở Y tế tỉnh Hưng Yên (demo)", focal.LastText);
        Assert.Contains("HYN-2026-00001 — Khôi phục hộp thư điện tử công vụ", focal.LastText);
        Assert.Contains("Chờ đơn vị xác nhận", focal.LastText);
        await focal.PressAsync("Xem HYN-2026-00001");
        Assert.Contains("Hồ sơ HYN-2026-00001", focal.LastText);
        await staff.SubmitAsync(new JsonObject { ["action"] = "showCase", ["code"] = "HYN-2026-00001" });
        Assert.DoesNotContain("Xác nhận và gửi", staff.LastText); // only the focal point confirms
        await focal.PressAsync("Xác nhận và gửi");
        Assert.Contains("Đơn vị đã xác nhận, hồ sơ HYN-2026-00001 đã được gửi đi.", focal.LastText);
        Assert.Contains("Đã gửi, chờ tiếp nhận", focal.LastText);

        var outsider = new ChatDriver(host.Services, "tth.daumoi");
        await outsider.SubmitAsync(new JsonObject { ["action"] = "showCase", ["code"] = "HYN-2026-00001" });
        var foreign = outsider.LastText;
        await outsider.SubmitAsync(new JsonObject { ["action"] = "showCase", ["code"] = "HYN-2026-09999" });
        Assert.Equal(foreign, outsider.LastText);
        Assert.Contains("Không tìm thấy hồ sơ.", foreign);
        await CardSchema.AssertValidAsync([.. staff.Cards, .. focal.Cards, .. outsider.Cards]);
    }
}
