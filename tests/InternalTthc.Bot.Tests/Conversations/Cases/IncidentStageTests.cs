using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.Terminal;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;
using static InternalTthc.Core.Cases.CaseAction;

namespace InternalTthc.Bot.Tests.Conversations.Cases;

/// <summary>
/// The response stages of Thừa Thiên Huế's incident procedure (verify and classify, plan, coordinate, evaluate and
/// report): the agent moves the case from stage to stage, and the reporter hears of each and sees where it stands.
/// </summary>
public sealed class IncidentStageTests
{
    private static readonly TimeSpan Later = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task An_incident_moves_through_its_four_stages_and_the_reporter_sees_each_arrive()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var stages = Stages(host);
        var reporter = new ChatDriver(host.Services, "tth.canbo");
        await reporter.SayAsync("xin chào");
        var code = await desk.FileAsync("tth.canbo", "tth-incident");
        var agent = new ChatDriver(host.Services, "tth.cntt");

        await agent.SayAsync($"tra cứu {code}");
        Assert.Contains($"1. {stages[0]} — Chưa thực hiện", agent.LastText);
        Assert.DoesNotContain("Chuyển giai đoạn", agent.LastText); // not before it is received
        await agent.PressAsync("Tiếp nhận");
        await host.DispatchAsync();
        Assert.Contains($"Hồ sơ {code} đã được tiếp nhận", ChatDriver.Text(Assert.Single(await reporter.NoticesAsync())));

        for (var i = 0; i < stages.Count; i++)
        {
            host.Clock.Advance(Later);
            await agent.PressAsync("Chuyển giai đoạn");
            Assert.Contains($"Đã chuyển hồ sơ {code} sang giai đoạn xử lý mới.", agent.LastText);
            await host.DispatchAsync();
            var notices = await reporter.NoticesAsync();
            var notice = ChatDriver.Text(Assert.Single(notices));
            Assert.Contains($"Hồ sơ {code} đã chuyển sang giai đoạn xử lý: {stages[i]}", notice);
            Assert.Contains($"{i + 1}. {stages[i]} — Đang thực hiện", notice);
            if (i > 0) Assert.Contains($"{i}. {stages[i - 1]} — Đã xong", notice);
            if (i + 1 < stages.Count) Assert.Contains($"{i + 2}. {stages[i + 1]} — Chưa thực hiện", notice);
            await CardSchema.AssertValidAsync([.. notices.SelectMany(a => a.Attachments ?? []).Select(ChatDriver.Card)]);
        }

        Assert.DoesNotContain("Chuyển giai đoạn", agent.LastText); // the last stage is reached
        var c = await desk.FindAsync(code);
        Assert.Equal((4, CaseStatus.InProgress), (c.Stage, c.Status));
        Assert.Equal([Submit, Receive, MoveToStage, MoveToStage, MoveToStage, MoveToStage], CaseDesk.Actions(c));
        Assert.Equal(stages, c.Timeline.Where(e => e.Action == MoveToStage).OrderBy(e => e.At).Select(e => e.Note));
        await CardSchema.AssertValidAsync(agent.Cards);
    }

    [Fact]
    public async Task A_later_stage_may_be_chosen_the_terminal_lists_the_stages_and_nobody_else_moves_them()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var stages = Stages(host);
        var code = await desk.FileAsync("tth.canbo", "tth-incident");
        var agent = new ChatDriver(host.Services, "tth.cntt");
        var reporter = new ChatDriver(host.Services, "tth.canbo");

        await agent.SayAsync($"tra cứu {code}");
        await agent.PressAsync("Tiếp nhận");
        Assert.Contains($"1. {stages[0]}", agent.LastText); // the choice of stage, the next one first
        await agent.PressAsync("Chuyển giai đoạn", new Dictionary<string, string> { ["stage"] = "3" });
        Assert.Contains($"3. {stages[2]} — Đang thực hiện", agent.LastText);
        await agent.SubmitAsync(new JsonObject { ["action"] = "case.moveToStage", ["code"] = code, ["stage"] = "2" });
        Assert.Contains("Chỉ chuyển được sang giai đoạn 4, giai đoạn cuối.", agent.LastText);

        // The reporter follows the case but may not move it, whatever his client sends.
        await reporter.SubmitAsync(new JsonObject { ["action"] = "case.moveToStage", ["code"] = code, ["stage"] = "4" });
        Assert.Contains("Bạn không có quyền thực hiện việc \"chuyển giai đoạn xử lý\" đối với hồ sơ này.", reporter.LastText);
        Assert.DoesNotContain("Chuyển giai đoạn", reporter.LastText);
        Assert.Equal(3, (await desk.FindAsync(code)).Stage);

        // On the terminal the stages are a plain list, and the button moves to the next stage.
        var typing = new ChatDriver(host.Services, "tth.cntt", TerminalChat.ChannelId);
        await typing.SayAsync($"tra cuu {code}");
        Assert.Contains($"2. {stages[1]} — Đã xong", typing.LastText);
        Assert.Contains($"3. {stages[2]} — Đang thực hiện", typing.LastText);
        Assert.Contains($"4. {stages[3]} — Chưa thực hiện", typing.LastText);
        await typing.SayAsync("Chuyển giai đoạn");
        Assert.Contains($"4. {stages[3]} — Đang thực hiện", typing.LastText);

        var c = await desk.FindAsync(code);
        Assert.Equal(4, c.Stage);
        Assert.Equal([Submit, Receive, MoveToStage, MoveToStage], CaseDesk.Actions(c));
        await CardSchema.AssertValidAsync([.. agent.Cards, .. reporter.Cards]);
    }

    [Fact]
    public async Task A_procedure_without_stages_offers_no_stage_and_refuses_a_crafted_one()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        var agent = new ChatDriver(host.Services, "cto.cntt");

        await agent.SayAsync($"tra cứu {code}");
        await agent.PressAsync("Tiếp nhận");
        await agent.PressAsync("Bắt đầu xử lý");
        Assert.DoesNotContain("Chuyển giai đoạn", agent.LastText);
        Assert.DoesNotContain("Các giai đoạn xử lý", agent.LastText);
        await agent.SubmitAsync(new JsonObject { ["action"] = "case.moveToStage", ["code"] = code });
        Assert.Contains("Bạn không thể thực hiện việc này đối với hồ sơ ở trạng thái hiện tại.", agent.LastText);

        var c = await desk.FindAsync(code);
        Assert.Equal((0, CaseStatus.InProgress), (c.Stage, c.Status));
        Assert.Equal([Submit, Receive, StartProcessing], CaseDesk.Actions(c));
        await CardSchema.AssertValidAsync(agent.Cards);
    }

    private static IReadOnlyList<string> Stages(ServiceTestHost host) => host.Services.GetRequiredService<ProcedureCatalog>().Find("tth-incident")!.Stages;
}
