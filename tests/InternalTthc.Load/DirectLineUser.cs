using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InternalTthc.Load;

/// <summary>
/// One person on Web Chat as the page drives our Direct Line: a token from <c>tokens/generate</c> for the login the agency's
/// proxy signs in (a trusted address and its header), the conversation started (the bot greets), activities posted, and
/// the bot's replies read by polling with the watermark.
/// </summary>
public sealed class DirectLineUser(HttpClient http, string botUrl, string login)
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private string _conversation = "";
    private string _token = "";
    private string? _watermark;

    private string Api => $"{botUrl}/v3/directline";

    /// <summary>Token generate, conversation start and the welcome read; false on any refusal.</summary>
    public async Task<bool> StartAsync(CancellationToken cancellationToken)
    {
        using var generate = new HttpRequestMessage(HttpMethod.Post, $"{Api}/tokens/generate") { Content = Json(new JsonObject()) };
        generate.Headers.Add("X-Forwarded-User", login);
        if (await SendAsync(generate, cancellationToken) is not { } issued)
        {
            return false;
        }

        _token = (string)issued["token"]!;
        using var start = Authorized(HttpMethod.Post, $"{Api}/conversations", new JsonObject { ["locale"] = "vi-VN" });
        if (await SendAsync(start, cancellationToken) is not { } started)
        {
            return false;
        }

        (_conversation, _token) = ((string)started["conversationId"]!, (string)started["token"]!);
        return await ReadRepliesAsync(cancellationToken) is not null;
    }

    /// <summary>Posts <paramref name="text"/> and reads until the bot's answer is there; the answer's text, or null on an error.</summary>
    public async Task<string?> SayAsync(string text, CancellationToken cancellationToken)
    {
        var activity = new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = login }, ["text"] = text, ["locale"] = "vi-VN" };
        using var post = Authorized(HttpMethod.Post, $"{Api}/conversations/{_conversation}/activities", activity);
        if (await SendAsync(post, cancellationToken) is null)
        {
            return null;
        }

        // The post is answered once the turn has run and its replies are stored, so the first read has them.
        return await ReadRepliesAsync(cancellationToken);
    }

    private async Task<string?> ReadRepliesAsync(CancellationToken cancellationToken)
    {
        var after = _watermark is null ? "" : $"?watermark={Uri.EscapeDataString(_watermark)}";
        using var get = Authorized(HttpMethod.Get, $"{Api}/conversations/{_conversation}/activities{after}", null);
        if (await SendAsync(get, cancellationToken) is not { } set)
        {
            return null;
        }

        _watermark = (string?)set["watermark"] ?? _watermark;
        var fromBot = set["activities"]!.AsArray().Where(a => (string?)a?["from"]?["id"] != login).ToList();
        return fromBot.Count == 0 ? null : string.Join('\n', fromBot.Select(a => a!.ToJsonString(Readable)));
    }

    private HttpRequestMessage Authorized(HttpMethod method, string url, JsonObject? body)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<JsonNode?> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
