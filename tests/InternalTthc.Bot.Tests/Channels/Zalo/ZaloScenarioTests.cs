using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Files;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// Issue 15's "Done when", end to end through the signed webhook and the fake OA API: a scripted Zalo user files a case,
/// receives its result notification with the result files as Zalo attachments (uploaded, then sent as a file and a picture),
/// and talks with an agent at the console, the agent's file reaching him as a Zalo file too.
/// </summary>
public sealed class ZaloScenarioTests
{
    private const string Ngoc = "7001002003004005006";
    internal static readonly byte[] ResultLetter = [.. "%PDF-1.4\n% thông báo kết quả 31/TTCNTT\n"u8, .. Enumerable.Range(0, 200).Select(i => (byte)i)];
    private static readonly byte[] Diagram = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 64).Select(i => (byte)i)];
    private static readonly byte[] Guide = [.. "%PDF-1.4\n% hướng dẫn đổi mật khẩu\n"u8, .. Enumerable.Range(0, 100).Select(i => (byte)(255 - i))];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Zalo_user_files_a_case_gets_its_result_files_as_Zalo_attachments_and_talks_with_an_agent_at_the_console()
    {
        await using var zalo = await ZaloService.StartAsync();
        var desk = new CaseDesk(zalo.Host.Services);
        await desk.LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);

        await ZaloFiling.ToSummaryAsync(zalo, user, () => user.SendFileAsync("cong-van-12.pdf", "%PDF-1.4 công văn số 12"u8.ToArray()));
        await zalo.TurnAsync(() => user.TapAsync("Gửi hồ sơ"));
        Assert.Contains("Đã gửi hồ sơ thành công. Mã hồ sơ: CTO-2026-00001", user.TextSince(0));
        var filed = await desk.FindAsync("CTO-2026-00001");

        var agentId = await desk.PersonIdAsync("cto.cntt");
        await zalo.ActAsync(s => s.ReceiveAsync(filed.Id, agentId, Ct));
        await zalo.DispatchAsync();
        var seen = user.Received.Count;
        CaseFile[] result = [await KeepAsync(zalo, filed.Id, "ket-qua-31.pdf", "application/pdf", ResultLetter), await KeepAsync(zalo, filed.Id, "so-do.png", "image/png", Diagram)];
        await zalo.ActAsync(s => s.ResolveAsync(filed.Id, agentId, new CaseResult("31/TTCNTT", new DateOnly(2026, 3, 3), "Đã cấp lại mật khẩu", result), Ct));
        await zalo.DispatchAsync();

        // The notification says the files follow; each is uploaded and sent as itself, its link no longer a button.
        var news = user.Received.Skip(seen).ToList();
        var told = user.TextSince(seen);
        Assert.Contains("Hồ sơ CTO-2026-00001 đã có kết quả: văn bản số 31/TTCNTT ngày 03/03/2026.", told);
        Assert.Contains("Tệp \"ket-qua-31.pdf\" (", told);
        Assert.Contains("được gửi kèm ngay sau tin nhắn này.", told);
        Assert.DoesNotContain(news.SelectMany(m => m.Buttons), b => b.Title.Contains("ket-qua-31.pdf", StringComparison.Ordinal));
        var letter = zalo.Oa.Upload(Assert.Single(news, m => m.AttachmentType == "file").UploadId!)!;
        Assert.Equal(("file", "ket-qua-31.pdf", "application/pdf"), (letter.Kind, letter.Name, letter.ContentType));
        Assert.Equal(ResultLetter, letter.Bytes);
        var picture = zalo.Oa.Upload(Assert.Single(news, m => m.TemplateType == "media").UploadId!)!;
        Assert.Equal(("image", "image/png"), (picture.Kind, picture.ContentType));
        Assert.Equal(Diagram, picture.Bytes);
        Assert.True(news.FindIndex(m => m.UploadId is not null) > news.FindIndex(m => m.Text.Contains("đã có kết quả", StringComparison.Ordinal)), "files after the text");

        // She asks for a person; the agent takes her at the console, and they write to each other.
        await zalo.TurnAsync(() => user.SayAsync("tôi muốn gặp cán bộ hỗ trợ"));
        Assert.Contains("vị trí thứ 1 trong hàng chờ", user.LastText);
        var agent = new ZaloConsoleAgent(zalo, "cto.cntt");
        var request = await agent.RequestAsync();
        Assert.Equal("Lâm Thị Ngọc (demo)", request.Requester);
        seen = user.Received.Count;
        await agent.TakeAsync(request.Id);
        Assert.Contains("Trương Thanh Tâm (demo)", await zalo.ReceivedAsync(user, seen, "đang trao đổi với bạn"));

        await zalo.TurnAsync(() => user.SayAsync("Em đăng nhập được rồi, nhưng chưa biết đổi mật khẩu"));
        Assert.Contains((await agent.ConversationAsync(request.Id)).Transcript, l => l.Side == "Requester" && l.Text == "Em đăng nhập được rồi, nhưng chưa biết đổi mật khẩu");

        seen = user.Received.Count;
        Assert.Null(await agent.WriteAsync(request.Id, "Chị xem hướng dẫn đính kèm nhé.", ("huong-dan.pdf", Guide)));
        await zalo.DispatchAsync(); // the first message goes at once, the file after it through the outbox
        Assert.Contains("Chị xem hướng dẫn đính kèm nhé.", user.TextSince(seen));
        var guide = zalo.Oa.Upload(Assert.Single(user.Received.Skip(seen), m => m.AttachmentType == "file").UploadId!)!;
        Assert.Equal("huong-dan.pdf", guide.Name);
        Assert.Equal(Guide, guide.Bytes);
        Assert.Contains("Trương Thanh Tâm (demo)", user.TextSince(seen));

        seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync("kết thúc"));
        Assert.Contains("kết thúc", user.TextSince(seen));
        Assert.Empty(zalo.Oa.Violations);
    }

    /// <summary>A result file as the agent's card keeps it: in the case's area of the file store.</summary>
    internal static async Task<CaseFile> KeepAsync(ZaloService zalo, Guid caseId, string name, string contentType, byte[] bytes)
    {
        await using var scope = zalo.Host.Services.CreateAsyncScope();
        var area = $"case-{caseId:N}";
        using var content = new MemoryStream(bytes);
        var stored = await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(area, name, contentType, content, 10 << 20, Ct);
        return new CaseFile($"{area}/{stored.Id}", stored.Name, stored.ContentType, stored.Length);
    }
}
