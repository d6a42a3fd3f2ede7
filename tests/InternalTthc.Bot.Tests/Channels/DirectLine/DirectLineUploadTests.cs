using System.Net;
using System.Net.Http.Headers;
using System.Text;
using InternalTthc.Bot.Tests.Support;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>DirectLineJS's multipart upload: allowed files are stored and linked, others refused; links serve only the owner.</summary>
public sealed class DirectLineUploadTests : DirectLineTest
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    protected override Dictionary<string, string?> Settings() => new()
    {
        ["DirectLine:Upload:MaxFileBytes"] = "1024",
        ["DirectLine:Upload:AllowedContentTypes:0"] = "image/png",
        ["DirectLine:Upload:AllowedContentTypes:1"] = "application/pdf",
    };

    [Fact]
    public async Task An_allowed_file_is_stored_linked_on_the_message_and_served_only_to_the_owner()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
        var stranger = Text(await DirectLine.StartAsync("lcu.canbo"), "token");

        using var upload = await UploadAsync(conversation, token, ("image/png", "../../ảnh chụp.png", Png));
        var id = Text(await ReadAsync(upload, HttpStatusCode.OK), "id");
        var echo = (await DirectLine.PollAsync(conversation, token))["activities"]!.AsArray().Single(a => Text(a, "id") == id)!;
        var attachment = echo["attachments"]![0]!;
        var url = new Uri(Text(attachment, "contentUrl"));

        Assert.Equal(("image/png", "ảnh chụp.png", "client-up"), (Text(attachment, "contentType"), Text(attachment, "name"),
            echo["channelData"]!["clientActivityID"]!.GetValue<string>()));
        Assert.Equal("lcu.daumoi", echo["from"]!["id"]!.GetValue<string>());
        Assert.StartsWith($"{Host.Address}v3/directline/conversations/{conversation}/attachments/", url.ToString(), StringComparison.Ordinal);
        using var byToken = await DirectLine.SendAsync(HttpMethod.Get, url.ToString(), token);
        using var byOwnerSignIn = await DirectLine.SendAsync(HttpMethod.Get, url.ToString(), null, proxyUser: "lcu.daumoi");
        using var byStrangerToken = await DirectLine.SendAsync(HttpMethod.Get, url.ToString(), stranger);
        using var byStrangerSignIn = await DirectLine.SendAsync(HttpMethod.Get, url.ToString(), null, proxyUser: "lcu.canbo");
        using var anonymous = await DirectLine.SendAsync(HttpMethod.Get, url.ToString(), null);
        Assert.Equal(Png, await byToken.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(("image/png", "nosniff"), (byToken.Content.Headers.ContentType?.MediaType, byToken.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal(Png, await byOwnerSignIn.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, byStrangerToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byStrangerSignIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("text/html", 10, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", "kiểu text/html không được phép")]
    [InlineData("application/x-msdownload", 10, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", "Các kiểu được nhận: image/png, application/pdf.")]
    [InlineData("image/jpeg", 10, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", "kiểu image/jpeg không được phép")]
    [InlineData("image/png", 1025, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge", "tệp lớn hơn giới hạn 1 KB")]
    public async Task A_refused_file_is_answered_in_vietnamese_and_nothing_is_kept(
        string contentType, int size, HttpStatusCode status, string code, string message)
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));

        using var upload = await UploadAsync(conversation, token, ("image/png", "hop-le.png", Png), (contentType, "tep.bin", new byte[size]));
        var error = await upload.Content.ReadAsStringAsync(Ct);

        Assert.Equal(status, upload.StatusCode);
        Assert.Contains($"\"code\":\"{code}\"", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty((await DirectLine.PollAsync(conversation, token))["activities"]!.AsArray());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Folder, "files"), "*", SearchOption.AllDirectories));
    }

    private Task<HttpResponseMessage> UploadAsync(string conversation, string token, params (string Type, string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent(
            """{"type":"message","text":"gửi tệp","from":{"id":"x"},"attachments":[{"contentType":"image/png","name":"a"}],"channelData":{"clientActivityID":"client-up"}}""",
            Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        foreach (var (type, name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "file", name);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation}/upload?userId=x") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Host.Client.SendAsync(request, Ct);
    }
}
