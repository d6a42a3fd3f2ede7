using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Tests.Conversations.Cases;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Files;
using Microsoft.Extensions.DependencyInjection;
using static InternalTthc.Core.Cases.CaseAction;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// Files handed in for a case — a form's file field, an agent's result files; Web Chat uploads and Teams files — copied
/// into the case's own place in the file store after their kind, content and size are checked, and served only to
/// people who may see the case.
/// </summary>
public sealed class CaseFileTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n% Công văn đề nghị số 15/STC-VP\n"u8, .. Enumerable.Range(0, 300).Select(i => (byte)i)];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Web_Chat_upload_is_kept_with_the_case_and_files_of_a_refused_kind_content_or_size_are_not()
    {
        await using var host = await ServiceTestHost.StartAsync(new Dictionary<string, string?> { ["Files:MaxFileBytes"] = "2048" });
        var desk = new CaseDesk(host.Services);
        var chat = await AskedForTheLetterAsync(host);
        Assert.Contains("Hãy gửi tệp", chat.LastText);

        await chat.SayAsync("", [await chat.UploadAsync("cai-dat.exe", "application/octet-stream", "MZ\u0090"u8.ToArray())]);
        Assert.Contains("Không nhận tệp \"cai-dat.exe\": loại tệp này không được phép. Chỉ nhận các loại: pdf, doc, docx, xls, xlsx, odt, ods, jpg, jpeg, png, zip.", chat.LastText);
        await chat.SayAsync("", [await chat.UploadAsync("cong-van.pdf", "application/pdf", "MZ: a program named as a PDF"u8.ToArray())]);
        Assert.Contains("Không nhận tệp \"cong-van.pdf\": nội dung tệp không phải là tệp .pdf như tên tệp cho biết.", chat.LastText);
        await chat.SayAsync("", [await chat.UploadAsync("cong-van-lon.pdf", "application/pdf", [.. Pdf, .. new byte[4096]])]);
        Assert.Contains("Không nhận tệp \"cong-van-lon.pdf\": tệp lớn hơn giới hạn 2 KB.", chat.LastText);
        Assert.Contains("Hãy gửi tệp", chat.LastText); // still the same question

        var upload = await chat.UploadAsync("cong-van-15.pdf", "application/pdf", Pdf);
        await chat.SayAsync("", [upload]);
        Assert.Contains("Kiểm tra trước khi gửi", chat.LastText);
        Assert.Contains("15/STC-VP", chat.LastText); // what was typed before the refusals is all there
        await chat.PressAsync("Gửi hồ sơ");

        var c = await desk.FindAsync("CTO-2026-00001");
        var kept = Assert.Single(c.Attachments);
        Assert.StartsWith($"case-{c.Id:N}/", kept.StorageKey, StringComparison.Ordinal);
        Assert.Equal(("cong-van-15.pdf", "application/pdf", (long)Pdf.Length), (kept.FileName, kept.ContentType, kept.Size));
        var caseFolder = Path.Combine(host.Services.GetRequiredService<FileStoreOptions>().Folder, $"case-{c.Id:N}");
        Assert.Single(Directory.GetFiles(caseFolder, "*.bin")); // the refused files left nothing behind

        // The chat's upload may go: the case has its own copy, linked from its card.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFileStore>().DeleteAsync("conv-cto.daumoi", upload.ContentUrl!.Split('/')[^1], Ct);
        }

        await chat.SayAsync("tra cứu CTO-2026-00001");
        Assert.Contains("Tệp kèm hồ sơ", chat.LastText);
        var (title, url) = Assert.Single(ChatDriver.Links(chat.Sent[^1]), l => l.Url.AbsolutePath.Contains("/files/", StringComparison.Ordinal));
        Assert.Equal("Tải cong-van-15.pdf (0,3 KB)", title);
        using var response = await host.Client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("cong-van-15.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task The_files_of_a_cancelled_form_are_not_kept_and_a_refused_files_name_is_not_logged()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = await AskedForTheLetterAsync(host);
        await chat.SayAsync("", [await chat.UploadAsync("cccd-079123456789-nguyen-van-binh.pdf", "application/pdf", "MZ"u8.ToArray())]);
        Assert.Contains("nội dung tệp không phải là tệp .pdf", chat.LastText);
        Assert.Empty(KeptFiles(host)); // refused before anything was written
        var refusal = Assert.Single(host.Logs.Entries, e => e.Message.Contains("was refused", StringComparison.Ordinal)).Message;
        Assert.Contains("FileContentMismatch", refusal);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("079123456789", StringComparison.Ordinal) || e.Message.Contains("nguyen-van-binh", StringComparison.Ordinal));

        await chat.SayAsync("", [await chat.UploadAsync("cong-van-cu.pdf", "application/pdf", Pdf)]);
        Assert.Contains("Kiểm tra trước khi gửi", chat.LastText);
        Assert.Single(KeptFiles(host));

        await chat.SayAsync("hủy");
        Assert.Empty(KeptFiles(host));
    }

    /// <summary>Cần Thơ's focal point fills in a new mailbox request up to its file question (the signed letter).</summary>
    private static async Task<ChatDriver> AskedForTheLetterAsync(ServiceTestHost host)
    {
        var chat = new ChatDriver(host.Services, "cto.daumoi");
        await chat.SayAsync("xin chào");
        await chat.PressAsync("Cấp mới hộp thư điện tử");
        await chat.PressAsync("Tiếp tục", new Dictionary<string, string>
        {
            ["individuals"] = "Nguyễn Văn Bình; Sở Tài chính; Phòng Kế hoạch; Chuyên viên; 079123456789; 0912345678; ",
            ["officialLetterNumber"] = "15/STC-VP", ["officialLetterDate"] = "2026-04-23",
        });
        return chat;
    }

    /// <summary>The files kept in the case areas of the file store (a form's files are kept under its future case's id).</summary>
    private static string[] KeptFiles(ServiceTestHost host) =>
        [.. Directory.GetDirectories(host.Services.GetRequiredService<FileStoreOptions>().Folder, "case-*").SelectMany(d => Directory.GetFiles(d, "*.bin"))];

    [Fact]
    public async Task Result_files_reach_the_requester_with_a_link_that_only_people_of_the_case_can_follow()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var desk = new CaseDesk(host.Services);
        var requester = new ChatDriver(host.Services, "cto.daumoi");
        await requester.SayAsync("xin chào");
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        var agent = new ChatDriver(host.Services, "cto.cntt");
        await agent.SayAsync($"tra cứu {code}");
        await agent.PressAsync("Tiếp nhận");

        await agent.PressAsync("Trả kết quả", new Dictionary<string, string> { ["documentNumber"] = "15/TTCNTT", ["documentDate"] = "2026-03-02", ["summary"] = "Đã cấp lại mật khẩu." });
        Assert.Contains($"Trả kết quả hồ sơ {code}: hãy gửi tệp kết quả", agent.LastText);
        await agent.SayAsync("tệp gửi sau");
        Assert.Contains("hãy gửi tệp kết quả", agent.LastText); // neither a file nor "bỏ qua": asked again
        await agent.SayAsync("", [await agent.UploadAsync("ket-qua.docm", "application/octet-stream", Pdf)]);
        Assert.Contains("Không nhận tệp \"ket-qua.docm\": loại tệp này không được phép.", agent.LastText);
        Assert.Equal(CaseStatus.Received, (await desk.FindAsync(code)).Status);
        await agent.SayAsync("", [await agent.UploadAsync("ket-qua.pdf", "application/pdf", Pdf)]);
        Assert.Contains($"Đã trả kết quả hồ sơ {code}.", agent.LastText);
        Assert.Contains("Tệp kết quả", agent.LastText);

        var c = await desk.FindAsync(code);
        Assert.Equal(("15/TTCNTT", "Đã cấp lại mật khẩu."), (c.Result!.DocumentNumber, c.Result.Summary)); // typed on the card before the files
        Assert.Equal("ket-qua.pdf", Assert.Single(c.Result.Files).FileName);
        Assert.Equal([Submit, Receive, Resolve], CaseDesk.Actions(c));

        await host.DispatchAsync();
        var notices = await requester.NoticesAsync();
        Assert.Equal(2, notices.Count); // received, then the result
        var notice = notices[^1];
        Assert.Contains($"Hồ sơ {code} đã có kết quả: văn bản số 15/TTCNTT ngày 02/03/2026.", ChatDriver.Text(notice));
        var link = Assert.Single(ChatDriver.Links(notice), l => l.Url.AbsolutePath.Contains("/files/", StringComparison.Ordinal)).Url;
        Assert.Equal(Pdf, await host.Client.GetByteArrayAsync(link, Ct));
        await CardSchema.AssertValidAsync([.. agent.Cards, .. notice.Attachments!.Where(a => a.Content is not null).Select(ChatDriver.Card)]);

        // Nobody else gets the file, and the answer never says why.
        var fileId = link.Segments[^1];
        var links = host.Services.GetRequiredService<CaseFileLinks>();
        var requesterId = await desk.PersonIdAsync("cto.daumoi");
        var otherAgency = links.For(code, fileId, await desk.PersonIdAsync("hyn.cntt"));
        var otherPerson = new Uri(link.ToString().Replace($"p={requesterId:N}", $"p={await desk.PersonIdAsync("cto.canbo"):N}", StringComparison.Ordinal));
        var otherCase = links.For(await desk.FileAsync("cto.daumoi", "cto-mailbox-password"), fileId, requesterId);
        var signature = link.Query;
        string[] crafted =
        [
            $"cases/{code}/files/..%2F..%2Ftthc.db{signature}", $"cases/{code}/files/..%5C..%5Ctthc.db{signature}",
            $"cases/{code}/files/%2e%2e{signature}", $"cases/..%2F{code}/files/{fileId}{signature}", $"cases/{code}/files/{fileId}",
        ];
        foreach (var refused in new[] { otherAgency, otherPerson, otherCase }.Concat(crafted.Select(p => new Uri(host.Address, p))))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(refused, Ct)).StatusCode);
        }

        // Expired, the link alone no longer serves; the Web Chat page's sign-in still does, for people of the case only.
        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(link, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetSignedInAsync(host, link, "cto.daumoi")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetSignedInAsync(host, link, "hyn.cntt")).StatusCode);
    }

    [Fact]
    public async Task While_result_files_are_awaited_a_command_is_answered_a_pasted_picture_is_explained_and_Bo_qua_with_a_full_stop_skips()
    {
        await using var host = await ServiceTestHost.StartAsync(environment: "Development");
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        var agent = new ChatDriver(host.Services, "cto.cntt");
        await agent.SayAsync($"tra cứu {code}");
        await agent.PressAsync("Tiếp nhận");
        var result = new Dictionary<string, string> { ["documentNumber"] = "17/TTCNTT", ["documentDate"] = "2026-03-02", ["summary"] = "Đã cấp lại mật khẩu." };

        // A command is answered, not taken for the files: the queue is shown and the result no longer waits.
        await agent.PressAsync("Trả kết quả", result);
        await agent.SayAsync("hàng đợi");
        Assert.Contains("Hồ sơ cần xử lý", agent.LastText);
        Assert.DoesNotContain("hãy gửi tệp kết quả", agent.LastText);
        await agent.SayAsync("", [await agent.UploadAsync("ket-qua.pdf", "application/pdf", Pdf)]);
        Assert.Equal(CaseStatus.Received, (await desk.FindAsync(code)).Status);

        // A picture pasted into the message is not a file handed in, and the agent is told so.
        await agent.SayAsync($"tra cứu {code}");
        await agent.PressAsync("Trả kết quả", result);
        await agent.SayAsync("", [new Attachment { ContentType = "image/png", ContentUrl = "https://example.com/anh-chup-man-hinh.png", Name = "anh.png" }]);
        Assert.Contains("Không nhận ảnh hoặc tệp này: chỉ nhận tệp gửi kèm bằng biểu tượng kẹp giấy", agent.LastText);
        Assert.Contains("hãy gửi tệp kết quả", agent.LastText);

        await agent.SayAsync("Bỏ qua.");
        Assert.Contains($"Đã trả kết quả hồ sơ {code}.", agent.LastText);
        var c = await desk.FindAsync(code);
        Assert.Equal((CaseStatus.Resolved, "17/TTCNTT"), (c.Status, c.Result!.DocumentNumber));
        Assert.Empty(c.Result.Files);
    }

    [Fact]
    public async Task A_Teams_file_is_fetched_only_from_where_Teams_keeps_files_and_kept_with_the_result()
    {
        await using var drive = await FakeFileHost.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await ServiceTestHost.StartAsync(new Dictionary<string, string?> { ["Files:TeamsFileHosts:0"] = drive.Origin }, "Development");
        var desk = new CaseDesk(host.Services);
        await desk.LinkTeamsAsync("29:cto-agent", "cto.cntt");
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        await TeamsCaseActionTests.InvokeAsync(host, connector, "29:cto-agent", "case.receive", new JsonObject { ["code"] = code });

        var asked = await TeamsCaseActionTests.InvokeAsync(host, connector, "29:cto-agent", "case.resolve", new JsonObject
        {
            ["code"] = code, ["documentNumber"] = "16/TTCNTT", ["documentDate"] = "2026-03-02", ["summary"] = "Đã cấp lại mật khẩu.",
        });
        Assert.Contains($"Trả kết quả hồ sơ {code}: hãy gửi tệp kết quả", TeamsCaseActionTests.Words(asked));
        Assert.Contains("16/TTCNTT", TeamsCaseActionTests.Words(asked)); // the card keeps what was typed
        Assert.Equal(CaseStatus.Received, (await desk.FindAsync(code)).Status);

        var teams = new ChatDriver(host.Services, "29:cto-agent", "msteams");
        await teams.SayAsync("", [TeamsFile("ket-qua.pdf", "https://files.example.com/ket-qua.pdf")]);
        Assert.Contains("hãy gửi tệp kết quả", teams.LastText); // a link elsewhere is not fetched
        await teams.SayAsync("", [TeamsFile("ket-qua.pdf", drive.Put("ket-qua.pdf", Pdf))]);
        Assert.Contains($"Đã trả kết quả hồ sơ {code}.", teams.LastText);
        Assert.Equal(1, drive.Downloads);

        var kept = Assert.Single((await desk.FindAsync(code)).Result!.Files);
        Assert.Equal(("ket-qua.pdf", "application/pdf", (long)Pdf.Length), (kept.FileName, kept.ContentType, kept.Size));
        await using var scope = host.Services.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<CaseFileIntake>().OpenAsync(kept, Ct);
        await using var content = opened!.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, Ct);
        Assert.Equal(Pdf, copy.ToArray()); // our copy: the Teams link may expire
        await CardSchema.AssertValidAsync([JsonSerializer.SerializeToElement(asked), .. teams.Cards]);
    }

    private static Attachment TeamsFile(string name, string downloadUrl) => new()
    {
        ContentType = AttachmentReader.TeamsFileInfo, Name = name,
        Content = JsonSerializer.SerializeToNode(new { downloadUrl, uniqueId = Guid.NewGuid().ToString(), fileType = Path.GetExtension(name).TrimStart('.') }),
    };

    private static async Task<HttpResponseMessage> GetSignedInAsync(ServiceTestHost host, Uri link, string login)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.Add("Cookie", $"{WebChatOptions.DemoCookieName}={login}");
        return await host.Client.SendAsync(request, Ct);
    }
}
