using System.Net;
using System.Text;
using InternalTthc.Bot.Tests.Support;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>Issue 17.3, 17.6 and 17.7: rate limits answer 429, the static page asks for the sign-in, and every page sends security headers.</summary>
public sealed class WebSecurityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> TightLimits = new()
    {
        ["RateLimits:FailedAuthentication:PermitLimit"] = "3",
        ["RateLimits:FailedAuthentication:Window"] = "00:10:00",
        ["RateLimits:DirectLineTokens:PermitLimit"] = "3",
        ["RateLimits:DirectLineTokens:Window"] = "00:10:00",
        ["RateLimits:Pages:PermitLimit"] = "3",
        ["RateLimits:Pages:Window"] = "00:10:00",
    };

    [Fact]
    public async Task Failed_authentication_on_api_messages_is_answered_429_past_the_limit_while_signed_traffic_is_never_throttled()
    {
        await using var teams = await TeamsService.StartAsync(TightLimits);
        var activity = TestActivities.TeamsMessage(teams.Connector.ServiceUrl).ToJsonString();

        var signed = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await teams.PostSignedAsync(new StringContent(activity.Replace("1720000000001", $"17200000001{i:00}"), Encoding.UTF8, "application/json"));
            signed.Add(response.StatusCode);
        }

        var forged = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await teams.Host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "api/messages")
            {
                Content = new StringContent(activity, Encoding.UTF8, "application/json"),
                Headers = { Authorization = new("Bearer", "forged.token.value") },
            }, Ct);
            forged.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter is not null, "A 429 says when to come back.");
            }
        }

        using var afterwards = await teams.PostSignedAsync(new StringContent(activity.Replace("1720000000001", "1720000000999"), Encoding.UTF8, "application/json"));

        Assert.All(signed, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], forged);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Direct_line_token_endpoints_and_public_pages_are_limited_per_client_address()
    {
        await using var host = await ServiceTestHost.StartAsync(TightLimits);
        var directLine = new DirectLineTestClient(host.Client);
        var token = Text(await directLine.GenerateAsync("lcu.daumoi"), "token");

        var tokens = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await directLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
            tokens.Add(response.StatusCode);
        }

        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await host.Client.GetAsync("hoi-dap", Ct);
            pages.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], tokens);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], pages);
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/INDEX.HTML")]
    [InlineData("/")]
    public async Task The_chat_page_asks_for_the_sign_in_at_every_address_it_has(string path)
    {
        await using var host = await ServiceTestHost.StartAsync();

        using var anonymous = await host.Client.GetAsync(path, Ct);
        using var signedIn = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { ProxyHeader, "lcu.daumoi" } } }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.DoesNotContain("webchat.js", await anonymous.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("webchat.js", await signedIn.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/", "Production")]
    [InlineData("/", "Development")]
    [InlineData("/hoi-dap?q=%3Cscript%3E", "Production")]
    [InlineData("/bang-dieu-khien", "Production")]
    [InlineData("/ho-so/CTO-2026-000001", "Production")]
    [InlineData("/chat.js", "Production")]
    [InlineData("/healthz", "Production")]
    public async Task Every_page_sends_the_security_headers(string path, string environment)
    {
        await using var host = await ServiceTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Security:FrameAncestors:0"] = "https://portal.example.gov.vn",
            ["Security:TeamsTab"] = "true",
        }, environment);

        using var response = await host.Client.GetAsync(path.TrimStart('/'), Ct);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'self' https://portal.example.gov.vn https://teams.microsoft.com", csp);
    }

    [Fact]
    public async Task Without_embedding_settings_no_other_site_may_frame_the_pages()
    {
        await using var host = await ServiceTestHost.StartAsync();

        using var response = await host.Client.GetAsync("hoi-dap", Ct);

        Assert.Contains("frame-ancestors 'self';", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")) + ";");
    }
}
