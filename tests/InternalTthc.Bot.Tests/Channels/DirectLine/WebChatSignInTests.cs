using System.Net;
using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Outside Development the page and its tokens need a login from a trusted proxy that the directory knows; Web Chat on
/// another site needs its origin allowed.
/// </summary>
public sealed class WebChatSignInTests : DirectLineTest
{
    protected override Dictionary<string, string?> Settings() => new()
    {
        ["DirectLine:AllowedOrigins:0"] = "https://cong.example.gov.vn",
    };

    [Fact]
    public async Task The_page_is_served_to_a_person_signed_in_by_the_trusted_proxy()
    {
        using var page = await DirectLine.SendAsync(HttpMethod.Get, "/", null, proxyUser: "lcu.daumoi");
        using var session = await DirectLine.SendAsync(HttpMethod.Get, "webchat/session", null, proxyUser: "lcu.daumoi");
        using var demoPeople = await DirectLine.SendAsync(HttpMethod.Get, "webchat/demo-people", null, proxyUser: "lcu.daumoi");

        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script src=\"lib/webchat.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("\"login\":\"lcu.daumoi\"", await session.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, demoPeople.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "Bạn chưa đăng nhập")]
    [InlineData("khong.co.ai", HttpStatusCode.Forbidden, "Tài khoản “khong.co.ai” không có trong danh bạ hoặc đã ngừng hoạt động")]
    public async Task Without_a_known_signed_in_person_the_page_explains_in_vietnamese_and_no_token_is_given(
        string? login, HttpStatusCode status, string explanation)
    {
        using var page = await DirectLine.SendAsync(HttpMethod.Get, "/", null, proxyUser: login);
        using var token = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null, proxyUser: login);

        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(status, page.StatusCode);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("Không mở được trợ lý thủ tục nội bộ", html, StringComparison.Ordinal);
        Assert.Contains(explanation, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(status, token.StatusCode);
    }

    [Fact]
    public async Task A_user_header_from_an_address_that_is_not_a_trusted_proxy_is_ignored()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var host = await ServiceTestHost.StartAsync(folder, settings: new Dictionary<string, string?> { ["WebChat:TrustedProxies:0"] = "10.1.2.3" });
            using var token = await new DirectLineTestClient(host.Client).SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null, proxyUser: "lcu.daumoi");

            Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
            Assert.Contains("không đi qua cổng đăng nhập tin cậy", await token.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    [Theory]
    [InlineData("127.0.0.0/8", HttpStatusCode.OK)]
    [InlineData("10.0.0.0/8", HttpStatusCode.Forbidden)]
    [InlineData("127.0.1.0/24", HttpStatusCode.Forbidden)]
    public async Task The_user_header_is_believed_only_from_the_configured_proxy_networks(string network, HttpStatusCode expected)
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            // The test connects from 127.0.0.1, inside the first two networks and outside the last two.
            await using var host = await ServiceTestHost.StartAsync(folder, settings: new Dictionary<string, string?> { ["WebChat:TrustedProxies:0"] = network });
            using var token = await new DirectLineTestClient(host.Client).SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null, proxyUser: "lcu.daumoi");

            Assert.Equal(expected, token.StatusCode);
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    [Theory]
    [InlineData("10.0.0.0/24", true)]
    [InlineData("fd00::/8", true)]
    [InlineData("10.0.0.5", true)]
    [InlineData("10.0.0.5/24", true)] // the network 10.0.0.0/24
    [InlineData("10.0.0.0/33", false)]
    [InlineData("mạng nội bộ", false)]
    public void Trusted_proxies_are_addresses_or_networks(string entry, bool valid) => Assert.Equal(valid, WebChatOptions.IsAddressOrNetwork(entry));

    [Theory]
    [InlineData("https://cong.example.gov.vn", true)]
    [InlineData("https://evil.example", false)]
    public async Task Web_chat_on_an_allowed_origin_passes_the_preflight_with_directlinejs_headers(string origin, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await Host.Client.SendAsync(request, Ct);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
        if (allowed)
        {
            Assert.Contains("x-ms-bot-agent", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        }
    }
}
