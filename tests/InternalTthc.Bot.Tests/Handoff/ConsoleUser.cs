using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// One person using the agent console's HTTP side as its page does: signed in by the trusted proxy's header, with the
/// cookies of his session and the anti-forgery token it gave (null for someone the console does not let in).
/// </summary>
internal sealed class ConsoleUser(Uri address, string login) : IDisposable
{
    public HttpClient Client { get; } = new(new HttpClientHandler { CookieContainer = new CookieContainer() })
    {
        BaseAddress = address,
        DefaultRequestHeaders = { { DirectLineTestClient.ProxyHeader, login } },
    };

    public string? Token { get; set; }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body) =>
        Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body), Headers = { { "RequestVerificationToken", Token ?? "" } } },
            TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> UploadAsync(string path, string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", name } };
        return Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = form, Headers = { { "RequestVerificationToken", Token ?? "" } } },
            TestContext.Current.CancellationToken);
    }

    public void Dispose() => Client.Dispose();
}
