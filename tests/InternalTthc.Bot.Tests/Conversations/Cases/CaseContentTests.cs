using System.Net;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Tests.Channels.DirectLine;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations.Cases;

/// <summary>The request itself ("Nội dung đề nghị") on every case card, for each person allowed to see the case.</summary>
public sealed class CaseContentTests
{
    private static readonly string[][] TwelvePeople = [.. Enumerable.Range(1, 12).Select(i =>
        new[] { $"Người dùng số {i}", "Sở Tài chính", "Chuyên viên", $"09131110{i:00}", $"nguoidung{i}@cantho.gov.vn", "" })];

    [Theory]
    [InlineData("cto-password-reset-request-content.txt")]
    public async Task Everyone_who_handles_a_case_reads_what_it_asks(string transcript)
    {
        await using var host = await ServiceTestHost.StartAsync();
        var run = new Transcript(host);

        await run.RunAsync(Path.Combine(RepositoryPaths.Root, "tests", "InternalTthc.Bot.Tests", "Conversations", "Transcripts", transcript));

        await CardSchema.AssertValidAsync(run.Cards);
    }

    [Fact]
    public async Task On_the_terminal_each_row_is_a_block_of_labelled_cells_and_a_long_list_names_its_download()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var code = await new CaseDesk(host.Services).FileAsync("cto.daumoi", "cto-mailbox-password", WebChatCaseContentTests.Answers(TwelvePeople));
        var agent = new ChatDriver(host.Services, "cto.cntt", "terminal");

        await agent.SayAsync($"tra cứu {code}");

        var text = agent.LastText;
        Assert.Contains("【Nội dung đề nghị】", text);
        Assert.Contains("• Số công văn đề nghị: 125/STC-VP", text);
        Assert.Contains("Yêu cầu cấp lại mật khẩu hộp thư điện tử đối với cá nhân (12 dòng):\n▸ Dòng 1\n  • Họ tên người dùng: Người dùng số 1\n  • Đơn vị: Sở Tài chính\n"
            + "  • Chức vụ: Chuyên viên\n  • Số điện thoại: 0913111001\n  • Địa chỉ hộp thư điện tử: nguoidung1@cantho.gov.vn\n▸ Dòng 2", text);
        Assert.Contains("▸ Dòng 10\n  • Họ tên người dùng: Người dùng số 10", text);
        Assert.DoesNotContain("Người dùng số 11", text);
        Assert.Contains("Thẻ chỉ hiện 10 trong 12 dòng; danh sách đầy đủ ở tệp Excel dưới đây.\n  • Tải đủ 12 dòng (.xlsx): http", text);
    }

    [Fact]
    public async Task The_full_list_downloads_for_its_reader_masked_for_a_leader_and_for_nobody_else()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password", WebChatCaseContentTests.Answers(TwelvePeople));
        var links = host.Services.GetRequiredService<CaseFileLinks>();
        var resource = CaseFileLinks.AnnexResource("individuals");
        await using var scope = host.Services.CreateAsyncScope();
        var field = scope.ServiceProvider.GetRequiredService<ProcedureCatalog>().Find("cto-mailbox-password")!.Form.First(f => f.Name == "individuals");

        var agent = await ReadAsync(host, links.Link(code, resource, await desk.PersonIdAsync("cto.cntt")), field);
        Assert.Equal(12, agent.Rows.Count);
        Assert.Equal("0913111012", agent.Rows[11]["phone"]);
        var leader = await ReadAsync(host, links.Link(code, resource, await desk.PersonIdAsync("cto.cntt.lanhdao")), field);
        Assert.Equal("nguoidung12@cantho.gov.vn", leader.Rows[11]["mailboxAddress"]);
        Assert.Equal("***012", leader.Rows[11]["phone"]);

        var otherAgency = links.Link(code, resource, await desk.PersonIdAsync("hyn.cntt"));
        var altered = new Uri(links.Link(code, resource, await desk.PersonIdAsync("cto.cntt")).ToString().Replace("individuals", "organizations", StringComparison.Ordinal));
        foreach (var refused in new[] { otherAgency, altered, new Uri(host.Address, $"cases/{code}/annex/individuals.xlsx") })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(refused, TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Fact]
    public async Task A_case_of_two_full_lists_with_every_cell_at_its_longest_stays_within_a_Teams_card()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var longest = Enumerable.Range(1, 100).Select(i => new Dictionary<string, string>
        {
            ["organizationName"] = new('Ệ', 200), ["mailboxAddress"] = $"{new string('a', 100)}{i:000}@cantho.gov.vn", ["mailboxManager"] = new('Ữ', 300),
            ["organizationPhone"] = "0913111001", ["note"] = new('Ố', 300),
        });
        var answers = WebChatCaseContentTests.Answers([.. TwelvePeople.Concat(TwelvePeople).Concat(TwelvePeople)])
            .With("organizations", System.Text.Json.JsonSerializer.SerializeToElement(longest));
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password", answers);

        await using var scope = host.Services.CreateAsyncScope();
        var agent = (await scope.ServiceProvider.GetRequiredService<Core.Directory.IDirectoryStore>().GetPersonRolesAsync(await desk.PersonIdAsync("cto.cntt"), TestContext.Current.CancellationToken))!;
        var card = await scope.ServiceProvider.GetRequiredService<InternalTthc.Bot.Conversations.Cases.CaseCards>()
            .CreateAsync(agent, await desk.FindAsync(code), new InternalTthc.Bot.Conversations.Cases.CaseCardNote(null), TestContext.Current.CancellationToken);
        var teams = new Cards.Rendering.AdaptiveCardRenderer().Render(card, universalActions: true).ToJsonString(InternalTthc.Bot.Channels.BotFramework.Schema.BotJson.Options);

        // Teams counts UTF-16 units; 28 KB is the budget of the strictest Teams path (docs/adaptive-cards.md).
        TestContext.Current.TestOutputHelper?.WriteLine($"Teams card of two lists of 100 and 36 rows: {teams.Length} UTF-16 units, {System.Text.Encoding.UTF8.GetByteCount(teams)} UTF-8 bytes.");
        Assert.True(teams.Length < 28 * 1024, $"{teams.Length} UTF-16 units");
        Assert.Contains("Tải đủ 100 dòng của danh sách 1 (.xlsx)", teams);
        Assert.Contains("Tải đủ 36 dòng của danh sách 2 (.xlsx)", teams);
    }

    private static async Task<AnnexReadResult> ReadAsync(ServiceTestHost host, Uri link, FormField field)
    {
        using var response = await host.Client.GetAsync(link, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InternalTthc.Bot.Conversations.Forms.AnnexTemplateEndpoints.ContentType, response.Content.Headers.ContentType?.MediaType);
        // Read as the form reads an uploaded list: the download can be sent again as it is.
        var read = AnnexWorkbook.Read(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), field, (_, _) => null, AnnexLimits.Default);
        Assert.Empty(read.Faults);
        return read;
    }
}
