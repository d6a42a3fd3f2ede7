using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.Tests.Conversations.Cases;

/// <summary>Crafted card submits: only the verb and the code are read, and the workflow decides who may do what.</summary>
public sealed class CaseAuthorisationTests
{
    [Fact]
    public async Task An_agent_of_another_unit_gets_not_found_and_a_focal_point_a_refusal_and_the_case_stays_as_it_was()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");
        var before = await desk.FindAsync(code);
        var otherUnit = new ChatDriver(host.Services, "lcu.vpubnd");      // agent of the provincial office, not the IT centre
        var otherProvince = new ChatDriver(host.Services, "hyn.cntt");
        var focal = new ChatDriver(host.Services, "lcu.daumoi");          // filed it, may follow it, may not handle it

        await otherUnit.SubmitAsync(new JsonObject { ["action"] = "case.receive", ["code"] = code });
        Assert.Contains("Không tìm thấy hồ sơ.", otherUnit.LastText);
        await otherProvince.SubmitAsync(new JsonObject { ["action"] = "case.refuseInvalid", ["code"] = code, ["note"] = "x" });
        Assert.Contains("Không tìm thấy hồ sơ.", otherProvince.LastText);
        await otherUnit.SubmitAsync(new JsonObject { ["action"] = "refreshCase", ["code"] = code });
        Assert.Contains("Không tìm thấy hồ sơ.", otherUnit.LastText);

        await focal.SubmitAsync(new JsonObject { ["action"] = "case.receive", ["code"] = code, ["status"] = "Received" });
        Assert.Contains("Bạn không có quyền thực hiện việc \"tiếp nhận\" đối với hồ sơ này.", focal.LastText);
        Assert.DoesNotContain("Tiếp nhận", focal.LastText); // the refreshed card has no agent button
        await focal.SubmitAsync(new JsonObject { ["action"] = "case.take", ["code"] = code });
        Assert.Contains("Bạn không có quyền thực hiện việc \"phân công\" đối với hồ sơ này.", focal.LastText);
        await focal.SubmitAsync(new JsonObject { ["action"] = "case.rate", ["code"] = code, ["score"] = "1" });
        Assert.Contains("Bạn không thể thực hiện việc này đối với hồ sơ ở trạng thái hiện tại.", focal.LastText);

        var after = await desk.FindAsync(code);
        Assert.Equal(CaseStatus.Submitted, after.Status);
        Assert.Equal(before.Version, after.Version);
        Assert.Single(after.Timeline);
        Assert.Null(after.Rating);
        await CardSchema.AssertValidAsync([.. otherUnit.Cards, .. otherProvince.Cards, .. focal.Cards]);
    }

    [Fact]
    public async Task An_agent_assigns_only_within_his_unit_and_cannot_skip_the_workflow()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant");
        var agent = new ChatDriver(host.Services, "lcu.cntt");
        var outsider = await desk.PersonIdAsync("lcu.vpubnd");

        await agent.SubmitAsync(new JsonObject { ["action"] = "case.assign", ["code"] = code, ["assignee"] = outsider.ToString("N") });
        Assert.Contains("Chỉ phân công được cho cán bộ xử lý của đơn vị thực hiện.", agent.LastText);
        await agent.SubmitAsync(new JsonObject { ["action"] = "case.resolve", ["code"] = code, ["documentNumber"] = "1", ["documentDate"] = "2026-03-02", ["summary"] = "x" });
        Assert.Contains("Không thể thực hiện việc \"trả kết quả\" khi hồ sơ đang ở trạng thái \"Đã gửi, chờ tiếp nhận\".", agent.LastText);
        await agent.SubmitAsync(new JsonObject { ["action"] = "case.unknownThing", ["code"] = code });
        Assert.Contains("Bạn không thể thực hiện việc này đối với hồ sơ ở trạng thái hiện tại.", agent.LastText);

        var after = await desk.FindAsync(code);
        Assert.Equal(CaseStatus.Submitted, after.Status);
        Assert.Null(after.AssigneeId);

        // The card's own choice: a colleague of the same unit.
        await agent.SayAsync($"tra cứu {code}");
        Assert.Contains("Vàng Thị Mai (demo)", agent.LastText);
        await agent.PressAsync("Phân công", new Dictionary<string, string> { ["assignee"] = (await desk.PersonIdAsync("lcu.cntt2")).ToString("N") });
        Assert.Contains($"Đã phân công hồ sơ {code}.", agent.LastText);
        Assert.Equal(await desk.PersonIdAsync("lcu.cntt2"), (await desk.FindAsync(code)).AssigneeId);
        await CardSchema.AssertValidAsync(agent.Cards);
    }
}
