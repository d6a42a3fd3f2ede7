using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// The console as the agents' case workspace, over HTTP as its page calls it: the queue under the filters of "hàng đợi",
/// a case of the agency with its content, its file (downloaded through the link made for the agent) and its card's
/// actions; an agent of another agency is refused the case and its actions; a file for the case form is checked as
/// every upload is.
/// </summary>
public sealed class AgentConsoleWorkspaceTests
{
    internal static readonly byte[] Pdf = [.. "%PDF-1.4\n% Công văn đề nghị cấp lại mật khẩu\n"u8, .. Enumerable.Range(0, 200).Select(i => (byte)i)];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agent_filters_his_queue_opens_a_case_with_its_file_and_receives_it_an_agent_of_another_agency_is_refused()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var code = await FileWithLetterAsync(host);
        var other = await new CaseDesk(host.Services).FileAsync("cto.daumoi", "cto-mailbox-new");
        using var agent = await SignedInAsync(host, "cto.cntt");

        var queue = await agent.Client.GetFromJsonAsync<JsonElement>("can-bo/cases?filter=new", Ct);
        Assert.Equal("new", queue.GetProperty("filter").GetString());
        Assert.Equal(["all", "new", "mine", "dueSoon", "overdue"], queue.GetProperty("filters").EnumerateArray().Select(f => f.GetProperty("value").GetString()));
        Assert.Contains("Giao cho tôi", queue.GetProperty("filters").EnumerateArray().Select(f => f.GetProperty("label").GetString()));
        Assert.Equal(new[] { code, other }.Order(), Codes(queue).Order());
        Assert.Equal("2 hồ sơ.", queue.GetProperty("summary").GetString());
        var byProcedure = await agent.Client.GetFromJsonAsync<JsonElement>("can-bo/cases?filter=procedure&procedure=cto-mailbox-password", Ct);
        Assert.Equal([code], Codes(byProcedure));
        Assert.Empty(Codes(await agent.Client.GetFromJsonAsync<JsonElement>("can-bo/cases?filter=mine", Ct)));

        var c = await agent.Client.GetFromJsonAsync<JsonElement>($"can-bo/cases/{code}", Ct);
        Assert.Equal("Đã gửi, chờ tiếp nhận", c.GetProperty("status").GetString());
        Assert.NotEmpty(c.GetProperty("timeline").EnumerateArray());
        var file = Assert.Single(c.GetProperty("files").EnumerateArray());
        Assert.Equal("cong-van.pdf", file.GetProperty("name").GetString());
        Assert.Equal(Pdf, await host.Client.GetByteArrayAsync(file.GetProperty("url").GetString(), Ct)); // the link signed for him
        Assert.Contains("case.receive", c.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("verb").GetString()));

        using var pressed = await agent.PostJsonAsync($"can-bo/cases/{code}/actions", new { verb = "case.receive", inputs = new Dictionary<string, string>() });
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        var after = await pressed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(code, after.GetProperty("message").GetString());
        Assert.Equal("Đã tiếp nhận", after.GetProperty("case").GetProperty("status").GetString());
        Assert.NotNull(after.GetProperty("case").GetProperty("resolutionDue").GetString()); // the deadline counted on receipt
        Assert.Equal(CaseStatus.Received, (await new CaseDesk(host.Services).FindAsync(code)).Status);
        Assert.Equal([code], Codes(await agent.Client.GetFromJsonAsync<JsonElement>("can-bo/cases?filter=mine", Ct)));

        // Another province's agent: the case, its actions and its queue's rows are not his.
        using var stranger = await SignedInAsync(host, "hyn.cntt");
        using var refused = await stranger.Client.GetAsync($"can-bo/cases/{code}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal($"Không tìm thấy hồ sơ {code} của cơ quan bạn.", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problem").GetString());
        using var refusedPress = await stranger.PostJsonAsync($"can-bo/cases/{code}/actions", new { verb = "case.startProcessing", inputs = new Dictionary<string, string>() });
        Assert.Equal(HttpStatusCode.NotFound, refusedPress.StatusCode);
        Assert.Equal(CaseStatus.Received, (await new CaseDesk(host.Services).FindAsync(code)).Status);
        Assert.DoesNotContain(code, Codes(await stranger.Client.GetFromJsonAsync<JsonElement>("can-bo/cases", Ct)));

        // A requester is no agent; without the page's token nothing is pressed.
        using var requester = await SignedInAsync(host, "cto.daumoi");
        using var notAgent = await requester.Client.GetAsync("can-bo/cases", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, notAgent.StatusCode);
        Assert.Contains("cán bộ xử lý", (await notAgent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problem").GetString());
        using var forged = await agent.Client.PostAsJsonAsync($"can-bo/cases/{code}/actions", new { verb = "case.startProcessing" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(CaseStatus.Received, (await new CaseDesk(host.Services).FindAsync(code)).Status);
    }

    [Fact]
    public async Task A_file_for_the_case_form_is_kept_under_the_new_case_only_when_its_kind_and_content_fit()
    {
        await using var host = await ServiceTestHost.StartAsync();
        using var agent = await SignedInAsync(host, "lcu.vpubnd");
        var caseId = Guid.NewGuid();

        using var program = await agent.UploadAsync($"can-bo/case-forms/{caseId:N}/files", "cai-dat.exe", "MZ\u0090"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, program.StatusCode);
        Assert.StartsWith("Không nhận tệp \"cai-dat.exe\": loại tệp này không được phép.", (await program.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problem").GetString());
        using var fake = await agent.UploadAsync($"can-bo/case-forms/{caseId:N}/files", "anh.png", "not a picture"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);

        using var kept = await agent.UploadAsync($"can-bo/case-forms/{caseId:N}/files", "anh-loi.pdf", Pdf);
        var answer = await kept.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("anh-loi.pdf", answer.GetProperty("name").GetString());
        await using var scope = host.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<CaseFileIntake>();
        Assert.NotNull(await intake.FindAsync(CaseFileIntake.CaseArea(caseId), answer.GetProperty("id").GetString()!, Ct));
        Assert.Null(await intake.FindAsync(CaseFileIntake.CaseArea(Guid.NewGuid()), answer.GetProperty("id").GetString()!, Ct));

        using var stranger = await SignedInAsync(host, "lcu.canbo");
        using var notAgent = await stranger.UploadAsync($"can-bo/case-forms/{caseId:N}/files", "anh-loi.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Forbidden, notAgent.StatusCode);
    }

    /// <summary>A password reset filed by Cần Thơ's focal point with its official letter, as the chat's form files it.</summary>
    internal static async Task<string> FileWithLetterAsync(ServiceTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var desk = new CaseDesk(host.Services);
        var requester = await desk.PersonIdAsync("cto.daumoi");
        var caseId = Guid.NewGuid();
        using var content = new MemoryStream(Pdf);
        var (letter, _) = await scope.ServiceProvider.GetRequiredService<CaseFileIntake>().KeepAsync(CaseFileIntake.CaseArea(caseId), "cong-van.pdf", content, Pdf.Length, Ct);
        var service = scope.ServiceProvider.GetRequiredService<CaseService>();
        var draft = await service.OpenDraftAsync(
            new DraftRequest(requester, "cto-mailbox-password", null, FormAnswers.Empty) { CaseId = caseId, Files = [letter! with { FieldName = "officialLetterFile" }] }, Ct);
        return (await service.SubmitAsync(draft.Id, requester, Ct)).Code!;
    }

    internal static async Task<ConsoleUser> SignedInAsync(ServiceTestHost host, string login)
    {
        var user = new ConsoleUser(host.Address, login);
        var session = await user.Client.GetFromJsonAsync<JsonElement>("can-bo/session", Ct);
        user.Token = session.GetProperty("token").GetString();
        return user;
    }

    private static List<string> Codes(JsonElement page) => [.. page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()!)];
}
