using System.Net.Http.Json;
using System.Text.Json;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Handoff.Console;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// The console's case side of a conversation (what its hub methods call): the agent opens a case from what the person
/// said, filed by the case service for him and shown in his chat, then acts on it from the case panel. Also: a person
/// cannot withdraw a request an agent has taken, and the console's demo picker offers agents only.
/// </summary>
public sealed class AgentConsoleCaseTests
{
    private const string Trouble = "Hệ thống một cửa báo lỗi chữ ký số khi trình hồ sơ từ sáng nay";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agent_opens_a_case_prefilled_from_the_conversation_the_person_sees_it_and_the_agent_acts_on_it_in_the_panel()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var user = new ChatDriver(host.Services, "lcu.canbo");
        await user.SayAsync("xin chào");
        await user.SayAsync("tôi muốn gặp cán bộ");
        var agent = await PersonAsync(host, "lcu.vpubnd");
        var id = await OpenHandoffAsync(host, "conv-lcu.canbo");
        Assert.Equal("Bạn đã nhận hỗ trợ Trần Văn Minh (demo).", await Scoped<ConsoleActions, string>(host, a => a.TakeAsync(agent, id, Ct)));
        await user.SayAsync(Trouble);
        await user.NoticesAsync();

        // Prefilled: the procedure his agency runs for him, and what he said in the first long text.
        var form = (await Scoped<ConsoleCaseForms, ConsoleCaseForm?>(host, f => f.ForAsync(agent, id, null, null, Ct)))!;
        Assert.Equal(("Trần Văn Minh (demo)", "lcu-system-support"), (form.Requester, form.Procedure));
        Assert.DoesNotContain(form.Procedures, p => p.Value == "lcu-system-account"); // his focal point's to file, not his
        var description = Assert.Single(form.Fields, f => f.Name == "problemDescription");
        Assert.Equal(Trouble, description.Value); // not his "gặp cán bộ"
        Assert.Equal("0912000002", Assert.Single(form.Fields, f => f.Name == "contactPhone").Value); // his phone in the directory
        Assert.Equal(("file", false, ""), Assert.Single(form.Fields, f => f.Name == "screenshot") is var field ? (field.Type, field.Required, field.Value) : default);

        var values = form.Fields.ToDictionary(f => f.Name, f => f.Value);
        var caseId = Guid.ParseExact(form.CaseId, "N");
        // The screenshot the agent uploads through the console (kept under the case the form will file); an id of nothing is refused.
        values["screenshot"] = Guid.NewGuid().ToString("N");
        Assert.Equal("Tệp đã tải lên cho ô này không còn; hãy tải lại.", (await FileAsync(host, agent, id, caseId, values)).Errors["screenshot"]);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            using var content = new MemoryStream(AgentConsoleWorkspaceTests.Pdf);
            var (shot, _) = await scope.ServiceProvider.GetRequiredService<CaseFileIntake>().KeepAsync(CaseFileIntake.CaseArea(caseId), "man-hinh-loi.pdf", content, content.Length, Ct);
            values["screenshot"] = CaseFileIntake.IdOf(shot!)!;
        }

        var faults = await FileAsync(host, agent, id, caseId, values);
        Assert.Null(faults.CaseCode);
        Assert.Equal(new[] { "startedAt" }, faults.Errors.Keys);
        values["contactPhone"] = "";
        faults = await FileAsync(host, agent, id, caseId, values);
        Assert.Equal(new[] { "contactPhone", "startedAt" }, faults.Errors.Keys.Order());
        Assert.Null((await HandoffAsync(host, id)).CaseId); // nothing filed

        values["startedAt"] = "02/03/2026 08:00";
        values["contactPhone"] = "0912 345 678";
        var filed = await FileAsync(host, agent, id, caseId, values);
        Assert.StartsWith("LCU-", filed.CaseCode);
        Assert.Equal($"Đã lập hồ sơ {filed.CaseCode}; người dùng đã nhận thẻ hồ sơ trong trò chuyện.", filed.Message);

        // Filed by the case service for him, sent for him by the agent: routed to the agency and its receipt timed.
        var c = (await Scoped<ICaseStore, Case?>(host, s => s.FindByCodeAsync(filed.CaseCode!, Ct)))!;
        Assert.Equal((CaseStatus.Submitted, c.Id), (c.Status, (await HandoffAsync(host, id)).CaseId));
        var requester = (await PersonAsync(host, "lcu.canbo")).Person.Id;
        Assert.Equal(requester, c.RequesterId);
        Assert.NotNull(c.ReceiptDueAt);
        Assert.Equal(("man-hinh-loi.pdf", "screenshot"), Assert.Single(c.Attachments) is var kept ? (kept.FileName, kept.FieldName) : default);
        var sent = Assert.Single(c.Timeline, e => e.Action == CaseAction.Submit);
        Assert.Equal((requester, "Đỗ Thu Trang (demo) lập thay từ cuộc trao đổi hỗ trợ"), (sent.ActorId, sent.Note));
        var told = string.Join("\n", (await user.NoticesAsync()).Select(ChatDriver.Text));
        Assert.Contains($"đã lập hồ sơ {filed.CaseCode}", told);
        Assert.Contains(Trouble, told); // his case card, with what it asks for
        Assert.Equal(filed.CaseCode, (await FileAsync(host, agent, id, caseId, values)).CaseCode); // a second press files nothing more
        Assert.Empty(await user.NoticesAsync());

        // The panel: the same content as the case card, where it stands, and the agent's actions on it.
        var panel = (await Scoped<ConsoleViews, ConsoleConversation?>(host, v => v.ConversationAsync(agent, id, Ct)))!.Case!;
        Assert.Equal("Đã gửi, chờ tiếp nhận", panel.Status);
        Assert.Contains(panel.Answers, a => a.Value.Contains(Trouble, StringComparison.Ordinal));
        Assert.Equal("Trần Văn Minh (demo)", panel.Filer.Name);
        Assert.Contains(panel.Actions, a => a.Verb == "case.receive" && a.Inputs.Count == 0);
        Assert.Contains(panel.Actions, a => a.Verb == "case.refuseInvalid" && a.Inputs.Single().Name == "note");
        Assert.Contains("lý do", await PressAsync(host, agent, id, "case.refuseInvalid", []), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(filed.CaseCode!, await PressAsync(host, agent, id, "case.receive", []));
        panel = (await Scoped<ConsoleViews, ConsoleConversation?>(host, v => v.ConversationAsync(agent, id, Ct)))!.Case!;
        Assert.Equal(("Đã tiếp nhận", "Đỗ Thu Trang (demo)"), (panel.Status, panel.Assignee));
        Assert.NotNull(panel.ResolutionDue);
        Assert.DoesNotContain(panel.Actions, a => a.Verb == "case.receive");
    }

    [Fact]
    public async Task Once_an_agent_has_the_conversation_Huy_yeu_cau_is_refused_and_the_conversation_goes_on()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var user = new ChatDriver(host.Services, "lcu.canbo");
        await user.SayAsync("xin chào");
        await user.SayAsync("tôi muốn gặp cán bộ");
        var cancel = user.Data("Hủy yêu cầu");
        var agent = await PersonAsync(host, "lcu.vpubnd");
        var id = await OpenHandoffAsync(host, "conv-lcu.canbo");
        await Scoped<ConsoleActions, string>(host, a => a.TakeAsync(agent, id, Ct));

        // The card shown before (a channel that cannot update it, or a second window) still has the button.
        await user.SubmitAsync(cancel);
        Assert.Contains("Đỗ Thu Trang (demo)", user.LastText);
        Assert.Contains("không còn hủy được", user.LastText);
        Assert.Contains("Kết thúc", user.LastText);
        Assert.Equal(HandoffStatus.Active, (await HandoffAsync(host, id)).Status);
        await user.SayAsync("Anh ơi em vẫn ở đây");
        Assert.Contains(await Scoped<IHandoffStore, IReadOnlyList<HandoffMessage>>(host, s => s.TranscriptAsync(id, Ct)), m => m.Text == "Anh ơi em vẫn ở đây");
    }

    [Fact]
    public async Task The_consoles_demo_picker_offers_only_people_who_take_conversations()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var people = await host.Client.GetFromJsonAsync<JsonElement>("can-bo/demo-people", Ct);
        var logins = people.EnumerateArray().Select(p => p.GetProperty("login").GetString()).ToList();
        Assert.Contains("cto.cntt", logins);
        Assert.Contains("lcu.vpubnd", logins);
        Assert.DoesNotContain("cto.canbo", logins);
        Assert.DoesNotContain("lcu.daumoi", logins);
        Assert.DoesNotContain("lcu.cntt.lanhdao", logins);
        foreach (var login in logins)
        {
            Assert.True((await PersonAsync(host, login!)).HoldsAnywhere(Role.Agent), login);
        }
    }

    private static Task<ConsoleFiling> FileAsync(ServiceTestHost host, PersonRoles agent, Guid id, Guid caseId, Dictionary<string, string> values) =>
        Scoped<ConsoleCaseFiling, ConsoleFiling>(host, f => f.FileAsync(agent, id, caseId, "lcu-system-support", null, values, Ct));

    private static Task<string> PressAsync(ServiceTestHost host, PersonRoles agent, Guid id, string verb, Dictionary<string, string> inputs) =>
        Scoped<ConsoleCasePanel, string>(host, p => p.PressAsync(agent, id, verb, inputs, Ct));

    private static async Task<Guid> OpenHandoffAsync(ServiceTestHost host, string conversationId) =>
        (await Scoped<IHandoffStore, HandoffRequest?>(host, s => s.FindOpenAsync("directline", conversationId, Ct)))!.Id;

    internal static async Task<HandoffRequest> HandoffAsync(ServiceTestHost host, Guid id) =>
        (await Scoped<IHandoffStore, HandoffRequest?>(host, s => s.FindAsync(id, Ct)))!;

    internal static async Task<PersonRoles> PersonAsync(ServiceTestHost host, string login) =>
        (await Scoped<IDirectoryStore, PersonRoles?>(host, async d => await d.GetPersonRolesAsync((await d.FindPersonByLoginAsync(login, Ct))!.Id, Ct)))!;

    /// <summary>One service of the running host in a scope of its own, as a request of the console gets it.</summary>
    internal static async Task<TResult> Scoped<TService, TResult>(ServiceTestHost host, Func<TService, Task<TResult>> use) where TService : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
