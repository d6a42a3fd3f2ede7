using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InternalTthc.Load;

/// <summary>
/// Everything the bot talks to, on one local port: the OpenID metadata and keys of <see cref="ChannelKey"/>, the token
/// endpoint of the bot's outbound calls, and a Bot Connector that answers at once and keeps each conversation's last reply.
/// </summary>
public sealed partial class ChannelStandIn(WebApplication app, ChannelKey key) : IAsyncDisposable
{
    public const string ChannelId = "emulator";

    private const string WarmUpConversation = "harness-warm-up";

    private readonly ConcurrentDictionary<string, string> _lastReply = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Arrival> _sent = new();
    private long _replies;

    public string BaseUrl { get; private set; } = "";
    public long Replies => Interlocked.Read(ref _replies);

    /// <summary>The last activity the bot sent to <paramref name="conversationId"/> (its JSON), or "".</summary>
    public string LastReply(string conversationId) => _lastReply.GetValueOrDefault(conversationId, "");

    /// <summary>A message the bot posted (not a card update): when it arrived, and the harness's tag in it if any ("LR-00042").</summary>
    public sealed record Arrival(DateTimeOffset At, string? Tag);

    /// <summary>The tag the harness writes into the messages it queues itself, to find each among the bot's posts.</summary>
    public static string Tag(int number) => $"LR-{number:D6}";

    /// <summary>Every message the bot posted so far, in the order they arrived.</summary>
    public IReadOnlyCollection<Arrival> Sent => _sent;

    public static async Task<ChannelStandIn> StartAsync(ChannelKey key)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var standIn = new ChannelStandIn(builder.Build(), key);
        await standIn.ServeAsync();
        return standIn;
    }

    private async Task ServeAsync()
    {
        Map();
        await app.StartAsync();
        BaseUrl = app.Urls.First().TrimEnd('/');
    }

    /// <summary>
    /// Asks each endpoint once, as a warm channel would have been asked before: the bot's first turn then measures the
    /// bot's start, not this process compiling its own handlers while the bot waits on them.
    /// </summary>
    public async Task WarmAsync(HttpClient http)
    {
        HttpRequestMessage[] asks =
        [
            new(HttpMethod.Get, $"{BaseUrl}/openid"),
            new(HttpMethod.Get, $"{BaseUrl}/keys"),
            new(HttpMethod.Post, $"{BaseUrl}/login/oauth2/v2.0/token"),
            // An update, not a message: the run's list of the bot's messages stays the bot's alone.
            new(HttpMethod.Put, $"{BaseUrl}/v3/conversations/{WarmUpConversation}/activities/0") { Content = new StringContent("{}") },
        ];
        foreach (var ask in asks)
        {
            using (ask)
            using (var answer = await http.SendAsync(ask))
            {
                answer.EnsureSuccessStatusCode();
            }
        }

        _lastReply.TryRemove(WarmUpConversation, out _);
    }

    private void Map()
    {
        app.MapGet("/openid", () => Results.Text(new JsonObject
        {
            ["issuer"] = ChannelKey.Issuer, ["jwks_uri"] = $"{BaseUrl}/keys", ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString(), "application/json"));
        app.MapGet("/keys", () => Results.Text(new JsonObject { ["keys"] = new JsonArray(key.Jwk(ChannelId)) }.ToJsonString(), "application/json"));
        app.MapPost("/login/oauth2/v2.0/token", () => Results.Text("""{"token_type":"Bearer","expires_in":3600,"access_token":"load-run"}""", "application/json"));
        app.MapPost("/v3/conversations/{conversation}/activities/{**rest}", (HttpRequest r, string conversation) => KeepAsync(r, conversation, posted: true));
        app.MapPut("/v3/conversations/{conversation}/activities/{**rest}", (HttpRequest r, string conversation) => KeepAsync(r, conversation, posted: false));
    }

    private async Task<IResult> KeepAsync(HttpRequest request, string conversation, bool posted)
    {
        var at = DateTimeOffset.UtcNow;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        _lastReply[Uri.UnescapeDataString(conversation)] = body;
        if (posted)
        {
            _sent.Enqueue(new Arrival(at, TagPattern().Match(body) is { Success: true } m ? m.Value : null));
        }

        return Results.Text($$"""{"id":"r{{Interlocked.Increment(ref _replies)}}"}""", "application/json");
    }

    [GeneratedRegex("LR-[0-9]{6}")]
    private static partial Regex TagPattern();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
