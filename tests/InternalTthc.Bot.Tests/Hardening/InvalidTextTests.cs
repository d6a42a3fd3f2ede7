using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>Issue 17.1: text that is not valid Unicode anywhere in an activity is a 400, never a 5xx, on every channel.</summary>
public sealed class InvalidTextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> LoneSurrogates => new()
    {
        """ "value":{"action":"\ud853"} """,
        """ "text":"tra cứu \udc00" """,
        """ "from":{"id":"29:user-a","name":"A","nickname":"\ud853x"} """,
        """ "channelData":{"x":["\ud800"]} """,
        """ "entities":[{"type":"mention","\udfff":1}] """,
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task A_lone_surrogate_anywhere_in_a_bot_framework_activity_is_a_400(string property)
    {
        await using var teams = await TeamsService.StartAsync();
        var activity = TestActivities.TeamsMessage(teams.Connector.ServiceUrl);
        var json = activity.ToJsonString();
        var body = Encoding.UTF8.GetBytes(json[..^1] + "," + property.Trim() + "}");

        using var response = await PostAsync(teams, body);

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Raw_invalid_utf8_in_a_bot_framework_activity_is_a_400()
    {
        await using var teams = await TeamsService.StartAsync();
        var json = Encoding.UTF8.GetBytes(TestActivities.TeamsMessage(teams.Connector.ServiceUrl, text: "@@").ToJsonString());
        var at = Array.IndexOf(json, (byte)'@');
        json[at] = 0xC3;
        json[at + 1] = 0x28;

        using var response = await PostAsync(teams, json);

        await AssertRefusedAsync(response);
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task A_lone_surrogate_in_a_direct_line_activity_or_token_request_is_a_400(string property)
    {
        await using var host = await ServiceTestHost.StartAsync();
        var directLine = new DirectLineTestClient(host.Client);
        var started = await directLine.StartAsync("lcu.canbo");
        var conversation = DirectLineTestClient.Text(started, "conversationId");
        var message = DirectLineTestClient.Message("xin chào", "c-1").ToJsonString();

        using var post = await SendRawAsync(host, $"v3/directline/conversations/{conversation}/activities",
            message[..^1] + "," + property.Trim() + "}", DirectLineTestClient.Text(started, "token"));
        using var generate = await SendRawAsync(host, "v3/directline/tokens/generate", """{"conversationId":"\ud853"}""", null);

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, generate.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(TeamsService teams, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return teams.PostSignedAsync(content);
    }

    private static async Task<HttpResponseMessage> SendRawAsync(ServiceTestHost host, string path, string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(DirectLineTestClient.ProxyHeader, "lcu.canbo");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await host.Client.SendAsync(request, Ct);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {text}");
        Assert.Contains("Unicode", JsonNode.Parse(text)!["error"]!["message"]!.GetValue<string>());
    }
}
