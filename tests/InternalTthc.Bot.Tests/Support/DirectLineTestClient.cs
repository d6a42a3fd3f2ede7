using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>Direct Line calls as DirectLineJS makes them, over HTTP to a <see cref="ServiceTestHost"/>.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public const string ProxyHeader = "X-Forwarded-User";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A token for <paramref name="login"/>, signed in through the trusted proxy header.</summary>
    public async Task<JsonObject> GenerateAsync(string login, string? conversationId = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null,
            conversationId is null ? null : new JsonObject { ["conversationId"] = conversationId }, login);
        return await ReadAsync(response, HttpStatusCode.OK);
    }

    /// <summary>Generates a token and starts its conversation; returns the start answer (conversationId, token, streamUrl).</summary>
    public async Task<JsonObject> StartAsync(string login)
    {
        var generated = await GenerateAsync(login);
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", Text(generated, "token"),
            new JsonObject { ["user"] = new JsonObject { ["id"] = login }, ["locale"] = "vi-VN" });
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string clientActivityId)
    {
        using var response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, Message(text, clientActivityId));
        return Text(await ReadAsync(response, HttpStatusCode.OK), "id");
    }

    public async Task<JsonObject> PollAsync(string conversationId, string token, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        return await ReadAsync(response, HttpStatusCode.OK);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JsonNode? body = null, string? proxyUser = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (proxyUser is not null)
        {
            request.Headers.Add(ProxyHeader, proxyUser);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request, Ct);
    }

    public static JsonObject Message(string text, string clientActivityId) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "someone-else", ["role"] = "user" },
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
    };

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The error code of a refused call, with its status.</summary>
    public static async Task<(HttpStatusCode Status, string? Code)> ErrorOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        return (response.StatusCode, body?["error"]?["code"]?.GetValue<string>());
    }

    public static string Text(JsonNode? node, string property) => node![property]!.GetValue<string>();
}
