using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// A picture a Zalo user sends (<c>user_send_image</c>: a link where Zalo keeps it, no name): fetched from Zalo's host and
/// kept like any upload — with the case when a form's file question waits for it, and passed to the agent during a hand-off.
/// </summary>
public sealed class ZaloImageTests
{
    private const string Ngoc = "7001002003004005006";
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', .. Enumerable.Range(0, 500).Select(i => (byte)(i * 7))];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_picture_sent_for_a_forms_file_question_is_kept_with_the_case()
    {
        await using var zalo = await ZaloService.StartAsync();
        var desk = new CaseDesk(zalo.Host.Services);
        await desk.LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);

        await ZaloFiling.ToSummaryAsync(zalo, user, () => user.SendImageAsync(zalo.Oa.Host("anh-cong-van.jpg", Photo)));
        await zalo.TurnAsync(() => user.TapAsync("Gửi hồ sơ"));
        Assert.Contains("Mã hồ sơ: CTO-2026-00001", user.TextSince(0));

        var kept = Assert.Single((await desk.FindAsync("CTO-2026-00001")).Attachments);
        Assert.Equal("image/jpeg", kept.ContentType);
        Assert.EndsWith(".jpg", kept.FileName, StringComparison.Ordinal);
        await using var scope = zalo.Host.Services.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<CaseFileIntake>().OpenAsync(kept, Ct);
        await using var content = opened!.Content;
        using var bytes = new MemoryStream();
        await content.CopyToAsync(bytes, Ct);
        Assert.Equal(Photo, bytes.ToArray());
        Assert.Empty(zalo.Oa.Violations);
    }

    [Fact]
    public async Task A_picture_sent_during_a_hand_off_reaches_the_agent_with_the_words_after_it()
    {
        await using var zalo = await ZaloService.StartAsync();
        await new CaseDesk(zalo.Host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);
        await zalo.TurnAsync(() => user.SayAsync("tôi muốn gặp cán bộ hỗ trợ"));
        var agent = new ZaloConsoleAgent(zalo, "cto.cntt");
        var request = await agent.RequestAsync();
        await agent.TakeAsync(request.Id);

        var seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SendImageAsync(zalo.Oa.Host("loi-hop-thu.jpg", Photo)));
        await zalo.TurnAsync(() => user.SayAsync("Màn hình báo lỗi như ảnh em vừa gửi"));

        Assert.Equal(seen, user.Received.Count); // the bot says nothing: the agent has her
        var transcript = (await agent.ConversationAsync(request.Id)).Transcript.Where(l => l.Side == "Requester").ToList();
        Assert.Equal(".jpg", Path.GetExtension(Assert.Single(Assert.Single(transcript, l => l.Files.Count > 0).Files).Name));
        Assert.Contains(transcript, l => l.Text == "Màn hình báo lỗi như ảnh em vừa gửi");
        var (file, bytes) = Assert.Single(await agent.FilesAsync(request.Id));
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Equal(Photo, bytes);
        Assert.Empty(zalo.Oa.Violations);
    }
}
