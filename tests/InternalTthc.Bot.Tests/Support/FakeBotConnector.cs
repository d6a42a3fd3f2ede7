using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// The Bot Framework side of the tests, on a real socket: OpenID metadata and JWKS for channel and Emulator
/// tokens, a client-credentials token endpoint, and Connector routes that record what the bot sends and can be
/// told to answer the next calls with 429, 5xx or 403.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CannedResponse> _failures = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private IReadOnlyList<TestSigningKey> _channelKeys = [];
    private IReadOnlyList<TestSigningKey> _emulatorKeys = [];
    private int _channelJwksFetches;
    private int _activityIds;

    private FakeBotConnector(WebApplication app) => _app = app;

    public Uri BaseUrl => WebHostAddress.Of(_app);
    public string ServiceUrl => BaseUrl.ToString();
    public string ChannelMetadataUrl => $"{BaseUrl}channel/.well-known/openidconfiguration";
    public string EmulatorMetadataUrl => $"{BaseUrl}emulator/.well-known/openid-configuration";
    public string LoginUrl => $"{BaseUrl}login/botframework.com";
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => _tokenRequests.ToArray();
    public int ChannelJwksFetches => Volatile.Read(ref _channelJwksFetches);
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>What <c>GET /v3/conversations/{id}/members/{userId}</c> answers for a user id (Teams' UPN and e-mail); 404 for others.</summary>
    public ConcurrentDictionary<string, JsonObject> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Starts on <paramref name="port"/> (a free one when 0): a connector started again where one was stopped is the same connector back.</summary>
    public static async Task<FakeBotConnector> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var fake = new FakeBotConnector(builder.Build());
        fake.Map();
        await fake._app.StartAsync(TestContext.Current.CancellationToken);
        return fake;
    }

    public void PublishChannelKeys(params TestSigningKey[] keys) => _channelKeys = keys;

    public void PublishEmulatorKeys(params TestSigningKey[] keys) => _emulatorKeys = keys;

    /// <summary>The next Connector call (not metadata or token) is answered with <paramref name="response"/>.</summary>
    public void FailNext(CannedResponse response) => _failures.Enqueue(response);

    private void Map()
    {
        MapIssuer("channel", ".well-known/openidconfiguration", () => _channelKeys, () => Interlocked.Increment(ref _channelJwksFetches));
        MapIssuer("emulator", ".well-known/openid-configuration", () => _emulatorKeys, () => { });
        _app.MapPost("/login/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            _tokenRequests.Enqueue(form.ToDictionary(field => field.Key, field => field.Value.ToString()));
            return Results.Json(new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = TokenLifetimeSeconds,
                ["access_token"] = $"fake-token-{_tokenRequests.Count}",
            });
        });
        _app.Map("/v3/{**rest}", ServeConnectorAsync);
    }

    private void MapIssuer(string name, string metadataPath, Func<IReadOnlyList<TestSigningKey>> keys, Action onJwks)
    {
        _app.MapGet($"/{name}/{metadataPath}", () => Results.Json(new JsonObject
        {
            ["issuer"] = name,
            ["jwks_uri"] = $"{BaseUrl}{name}/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        _app.MapGet($"/{name}/keys", () =>
        {
            onJwks();
            return Results.Json(new JsonObject { ["keys"] = new JsonArray(keys().Select(k => (JsonNode)k.ToJwk()).ToArray()) });
        });
    }

    private async Task<IResult> ServeConnectorAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var recorded = new RecordedRequest(request.Method, request.Path.Value!, request.Headers.Authorization.FirstOrDefault(), body);
        if (_failures.TryDequeue(out var failure))
        {
            _requests.Enqueue(recorded);
            if (failure.RetryAfter is not null)
            {
                request.HttpContext.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.Content(failure.Body ?? string.Empty, "application/json", statusCode: failure.Status);
        }

        var path = request.Path.Value!;
        var (result, id) = (request.Method, path) switch
        {
            ("POST", "/v3/conversations") => (Results.Json(new JsonObject { ["id"] = "a:created-1on1" }, statusCode: 201), null),
            ("GET", _) when path.Split('/') is [.., "members", var member] =>
                Members.TryGetValue(Uri.UnescapeDataString(member), out var known)
                    ? (Results.Json(known), null)
                    : (Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "MemberNotFoundInConversation" } }, statusCode: 404), null),
            ("GET", _) when path.EndsWith("/members", StringComparison.Ordinal) =>
                (Results.Json(new JsonArray(new JsonObject { ["id"] = "29:member", ["name"] = "Nguyễn Văn A", ["aadObjectId"] = "aad-1" })), null),
            ("DELETE", _) => (Results.Ok(), null),
            _ => Answered($"sent-{Interlocked.Increment(ref _activityIds)}"),
        };
        _requests.Enqueue(recorded with { AnsweredId = id });
        return result;
    }

    private static (IResult, string?) Answered(string id) => (Results.Json(new JsonObject { ["id"] = id }), id);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
