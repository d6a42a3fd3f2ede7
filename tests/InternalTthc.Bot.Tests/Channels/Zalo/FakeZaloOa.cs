using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// Zalo's side on a real socket: the OAuth v4 token endpoint (rotating pairs, a refresh token used once only), the OA API's
/// consultation messages and uploads (each request checked as the brief documents it: the bare access_token header, body
/// shapes, lengths, button types; uploads as multipart field "file" of the kinds and sizes Zalo takes, kept to be read back),
/// users' profiles, file downloads for what users send, and switches to answer with Zalo's error codes.
/// </summary>
public sealed class FakeZaloOa : IAsyncDisposable
{
    public const string AppId = "1234567890123456789";
    public const string AppSecret = "app-secret-of-the-tests";
    public const string OaId = "4004003002001000009";
    public const string OaSecretKey = "oa-secret-key-of-the-tests";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<ZaloSent> _sent = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<int> _failures = new();
    private readonly ConcurrentQueue<int> _uploadFailures = new();
    private readonly ConcurrentQueue<int> _detailFailures = new();
    private readonly ConcurrentDictionary<string, byte[]> _hosted = new();
    private readonly ConcurrentDictionary<string, ZaloUpload> _uploads = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private (string Code, string Challenge)? _consent;
    private string _access = "";
    private string _refresh = "";
    private int _pairs;
    private int _refreshes;
    private int _messages;
    private int _detailReads;

    private FakeZaloOa(WebApplication app) => _app = app;

    public Uri BaseUrl => WebHostAddress.Of(_app);
    public IReadOnlyList<ZaloSent> Sent => [.. _sent];
    public IReadOnlyList<string> Violations => [.. _violations];
    public int Refreshes => Volatile.Read(ref _refreshes);
    public int MaxButtons { get; set; } = 5;

    /// <summary>The names users show on Zalo, as <c>/v3.0/oa/user/detail</c> gives them; others have none.</summary>
    public ConcurrentDictionary<string, string> DisplayNames { get; } = new();

    /// <summary>How many times <c>/v3.0/oa/user/detail</c> was asked.</summary>
    public int DetailReads => Volatile.Read(ref _detailReads);

    /// <summary>How many files were uploaded (each upload counts against the OA's monthly quota).</summary>
    public int UploadCount => _uploads.Count;

    /// <summary>What was uploaded under an attachment id or file token, as Zalo received it.</summary>
    public ZaloUpload? Upload(string id) => _uploads.GetValueOrDefault(id);

    /// <summary>Holds each refresh until the test lets it go (null: answered at once).</summary>
    public Func<Task>? BeforeRefresh { get; set; }

    public static async Task<FakeZaloOa> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new FakeZaloOa(builder.Build());
        fake._app.MapPost("/v4/oa/access_token", fake.TokenAsync);
        fake._app.MapPost("/v3.0/oa/message/cs", fake.MessageAsync);
        fake._app.MapPost("/v2.0/oa/upload/{kind}", fake.UploadAsync);
        fake._app.MapGet("/v3.0/oa/user/detail", fake.UserDetail);
        fake._app.MapGet("/files/{name}", (string name) => fake._hosted.TryGetValue(name, out var bytes) ? Results.Bytes(bytes) : Results.NotFound());
        await fake._app.StartAsync(TestContext.Current.CancellationToken);
        return fake;
    }

    /// <summary>A first pair, as the console's API Explorer gives one.</summary>
    public (string Access, string Refresh) IssuePair()
    {
        lock (_gate)
        {
            return Rotate();
        }
    }

    /// <summary>The consent callback's code the token endpoint takes, with the verifier whose challenge the consent link carried.</summary>
    public void ExpectConsent(string code, string challenge) => _consent = (code, challenge);

    /// <summary>The access token in use stops working (Zalo answers -216), as when it expires early.</summary>
    public void ExpireAccessToken()
    {
        lock (_gate)
        {
            _access = "expired-" + Guid.NewGuid().ToString("N");
        }
    }

    /// <summary>The next consultation messages are answered with these error codes, one each.</summary>
    public void FailNext(params int[] codes)
    {
        foreach (var code in codes) _failures.Enqueue(code);
    }

    /// <summary>The next uploads are answered with these error codes, one each (-211: the monthly upload quota is spent).</summary>
    public void FailNextUploads(params int[] codes)
    {
        foreach (var code in codes) _uploadFailures.Enqueue(code);
    }

    /// <summary>The next reads of a user's profile are answered with these error codes, one each.</summary>
    public void FailNextDetails(params int[] codes)
    {
        foreach (var code in codes) _detailFailures.Enqueue(code);
    }

    /// <summary>Serves <paramref name="bytes"/> where Zalo keeps what users send; returns its link.</summary>
    public Uri Host(string name, byte[] bytes)
    {
        _hosted[name] = bytes;
        return new Uri(BaseUrl, $"files/{Uri.EscapeDataString(name)}");
    }

    /// <summary>Waits for the next message the OA is asked to send (to anyone); a guard against a hung test, not timing.</summary>
    public async Task WaitForMessageAsync()
    {
        if (!await _arrived.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken))
        {
            throw new TimeoutException("No message reached the fake Zalo OA.");
        }
    }

    private (string, string) Rotate()
    {
        _pairs++;
        (_access, _refresh) = ($"access-{_pairs}-{Guid.NewGuid():N}", $"refresh-{_pairs}-{Guid.NewGuid():N}");
        return (_access, _refresh);
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (request.Headers["secret_key"] != AppSecret || form["app_id"] != AppId || form["grant_type"].ToString() is not ("refresh_token" or "authorization_code"))
        {
            _violations.Enqueue("token request without the app's secret_key, app_id or grant_type");
            return Results.Json(new JsonObject { ["error"] = -14002, ["error_name"] = "Invalid app" });
        }

        if (form["grant_type"] == "authorization_code")
        {
            lock (_gate)
            {
                return _consent is { } c && form["code"] == c.Code && Challenge(form["code_verifier"].ToString()) == c.Challenge
                    ? Pair(Rotate())
                    : Results.Json(new JsonObject { ["error"] = -14019, ["error_name"] = "Invalid code verifier" });
            }
        }

        Interlocked.Increment(ref _refreshes);
        if (BeforeRefresh is { } hold) await hold();
        lock (_gate)
        {
            if (form["refresh_token"] != _refresh)
            {
                // Each refresh token is good once: a reused one is refused, and the grant would be lost.
                return Results.Json(new JsonObject { ["error"] = -14014, ["error_name"] = "Invalid refresh token" });
            }

            return Pair(Rotate());
        }
    }

    /// <summary>Zalo gives expires_in as a string.</summary>
    private static IResult Pair((string Access, string Refresh) pair) =>
        Results.Json(new JsonObject { ["access_token"] = pair.Access, ["refresh_token"] = pair.Refresh, ["expires_in"] = "90000" });

    private async Task<IResult> MessageAsync(HttpRequest request)
    {
        if (Rejected(request) is { } rejected) return rejected;
        var body = await JsonNode.ParseAsync(request.Body);
        if (_failures.TryDequeue(out var code)) return Error(code, "failure asked by the test");
        var faults = FakeZaloRules.Check(body, MaxButtons, _uploads.ContainsKey);
        if (faults.Count > 0)
        {
            foreach (var fault in faults) _violations.Enqueue(fault);
            return Error(-201, string.Join("; ", faults));
        }

        var id = $"zalo-msg-{Interlocked.Increment(ref _messages)}";
        _sent.Enqueue(new ZaloSent(body!["recipient"]!["user_id"]!.GetValue<string>(), body["message"]!.AsObject(), id));
        _arrived.Release();
        return Results.Json(new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = new JsonObject { ["message_id"] = id, ["user_id"] = body["recipient"]!["user_id"]!.GetValue<string>() } });
    }

    private async Task<IResult> UploadAsync(HttpRequest request, string kind)
    {
        if (Rejected(request) is { } rejected) return rejected;
        var form = await request.ReadFormAsync();
        if (_uploadFailures.TryDequeue(out var code)) return Error(code, "failure asked by the test");
        var (max, types) = kind == "image" ? (1024 * 1024, new[] { "image/jpeg", "image/png" })
            : (5 * 1024 * 1024, new[] { "application/pdf", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
        if (form.Files.GetFile("file") is not { } file || file.Length > max || !types.Contains(file.ContentType))
        {
            _violations.Enqueue($"upload/{kind} needs a multipart field 'file' of {string.Join(", ", types)} up to {max} bytes");
            return Error(-210, "file too large or of the wrong kind");
        }

        var id = $"{kind}-{Guid.NewGuid():N}";
        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes);
        _uploads[id] = new ZaloUpload(kind, file.FileName, file.ContentType, bytes.ToArray());
        return Results.Json(new JsonObject { ["error"] = 0, ["data"] = new JsonObject { [kind == "image" ? "attachment_id" : "token"] = id } });
    }

    /// <summary>A user's profile: GET with one URL-encoded JSON parameter <c>data={"user_id":"…"}</c> (../shared/docs/zalo-oa.md §4).</summary>
    private IResult UserDetail(HttpRequest request)
    {
        if (Rejected(request) is { } rejected) return rejected;
        Interlocked.Increment(ref _detailReads);
        if (_detailFailures.TryDequeue(out var code)) return Error(code, "failure asked by the test");
        string? user = null;
        try
        {
            user = JsonNode.Parse(request.Query["data"].ToString())?["user_id"]?.GetValue<string>();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            // reported below
        }

        if (user is not { Length: > 0 } || !user.All(char.IsAsciiDigit))
        {
            _violations.Enqueue("user/detail needs data={\"user_id\":\"<digits>\"}");
            return Error(-201, "user_id is invalid");
        }

        var data = new JsonObject { ["user_id"] = user, ["user_is_follower"] = true };
        if (DisplayNames.TryGetValue(user, out var name)) data["display_name"] = name;
        return Results.Json(new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = data });
    }

    /// <summary>The bare access_token header with the token in use; anything else is -216, as Zalo answers (with HTTP 200).</summary>
    private IResult? Rejected(HttpRequest request)
    {
        if (request.Headers.Authorization.Count > 0) _violations.Enqueue("an Authorization header: Zalo takes the bare access_token header");
        lock (_gate)
        {
            return request.Headers["access_token"] == _access ? null : Error(-216, "Access token is invalid");
        }
    }

    private static IResult Error(int code, string message) => Results.Json(new JsonObject { ["error"] = code, ["message"] = message });

    /// <summary>The PKCE challenge of a verifier, as Zalo computes it.</summary>
    public static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
