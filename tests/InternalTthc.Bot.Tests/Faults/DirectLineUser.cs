using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Faults;

/// <summary>
/// A person using Web Chat over plain HTTP (Direct Line polling), against whichever instance <see cref="Http"/> points at:
/// signs in through the trusted proxy header, types, presses buttons of the bot's last cards with their inputs.
/// </summary>
public sealed class DirectLineUser(string login)
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<JsonNode> _seen = [];
    private string _watermark = "";
    private string? _conversation;
    private string? _token;
    private int _next;

    public string Login => login;

    public required HttpClient Http { get; set; }

    /// <summary>The form's id (the case's id) from the last card that had one; null before a form was started.</summary>
    public string? Session { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        using var generate = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate");
        generate.Headers.Add(DirectLineTestClient.ProxyHeader, login);
        var token = await ReadAsync(await Http.SendAsync(generate, ct), ct);
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token["token"]!.GetValue<string>());
        var started = await ReadAsync(await Http.SendAsync(start, ct), ct);
        (_conversation, _token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
    }

    public Task<HttpStatusCode> SayAsync(string text, CancellationToken ct) => PostAsync(new JsonObject { ["type"] = "message", ["text"] = text }, ct);

    /// <summary>Presses the button titled <paramref name="title"/> on the latest card that has it, with the card's inputs and <paramref name="inputs"/>.</summary>
    public Task<HttpStatusCode> PressAsync(string title, IReadOnlyDictionary<string, string>? inputs, CancellationToken ct) =>
        PostAsync(PressActivity(title, inputs), ct);

    /// <summary>The message a press sends, to send again as a person does when the first try got no answer.</summary>
    public JsonObject PressActivity(string title, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var card = _seen.LastOrDefault(a => CardJson.FindSubmit(a, title) is not null) ?? throw new InvalidOperationException($"No button \"{title}\" for {login}; last answer: {_seen.LastOrDefault(IsBot)?.ToJsonString()}");
        var data = CardJson.FindSubmit(card, title)!;
        foreach (var (id, value) in CardJson.Inputs(card)) data[id] = value;
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>()) data[key] = value;
        return new JsonObject { ["type"] = "message", ["value"] = data };
    }

    /// <summary>Posts an activity; returns the status (a dead instance throws) and reads the answers.</summary>
    public async Task<HttpStatusCode> PostAsync(JsonObject activity, CancellationToken ct)
    {
        activity["channelData"] = new JsonObject { ["clientActivityID"] = $"{login}-{Interlocked.Increment(ref _next)}" };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{_conversation}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await Http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            await ReadNewAsync(ct);
        }

        return response.StatusCode;
    }

    /// <summary>Whether the bot's last answer asks an optional question (answered "bỏ qua").</summary>
    public bool AskedOptional => _seen.LastOrDefault(IsBot)?.ToJsonString(Readable).Contains("không bắt buộc", StringComparison.Ordinal) == true;

    public IEnumerable<JsonNode> BotActivities => _seen.Where(IsBot);

    public async Task ReadNewAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{_conversation}/activities?watermark={_watermark}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        var set = await ReadAsync(await Http.SendAsync(request, ct), ct);
        _watermark = set["watermark"]!.GetValue<string>();
        foreach (var activity in set["activities"]!.AsArray())
        {
            _seen.Add(activity!.DeepClone());
            if (activity.ToJsonString() is var json && json.Contains("\"session\":\"", StringComparison.Ordinal))
            {
                Session = json.Split("\"session\":\"")[^1].Split('"')[0];
            }
        }
    }

    private static bool IsBot(JsonNode activity) => activity["from"]?["role"]?.GetValue<string>() == "bot";

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            return response.StatusCode == HttpStatusCode.OK || response.StatusCode == HttpStatusCode.Created
                ? JsonNode.Parse(body)!.AsObject()
                : throw new HttpRequestException($"{(int)response.StatusCode}: {body}", null, response.StatusCode);
        }
    }
}
