using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Files;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Sends consultation messages to one Zalo user through the OA API, uploading a picture or file first (once per
/// <see cref="ZaloOptions.UploadLife"/>; a refused upload becomes the file's link), and reads his display name. Every call carries
/// the bare <c>access_token</c> header; Zalo's errors come in 200 answers and become <see cref="ZaloApiException"/>. A
/// rejected token is renewed once and the call tried once more, never in a loop. Each message sent is recorded by its id,
/// so its echo is known as the bot's own.
/// </summary>
public sealed class ZaloApiClient(
    HttpClient http, ZaloAccessTokens tokens, IFileStore files, IInboundLedger ledger, ZaloMemory memory, IOptions<ZaloOptions> options, TimeProvider clock,
    ILogger<ZaloApiClient> logger)
{
    /// <summary>The ledger's channel for the ids of messages the bot sent (their echoes are then redeliveries).</summary>
    public const string SentChannel = "zalo.sent";

    /// <summary>Sends one message; returns Zalo's id of it.</summary>
    public async Task<string?> SendAsync(string userId, ZaloMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        JsonElement data;
        try
        {
            data = await PostAsync(await BodyAsync(userId, message, ct), ct);
        }
        catch (ZaloApiException e) when (e.Code == ZaloApiException.AttachmentExpired && message.File is { } file)
        {
            // Zalo forgot the upload before the memory did: upload it again, once.
            memory.Uploads.Forget(ZaloMemory.UploadKey(file));
            data = await PostAsync(await BodyAsync(userId, message, ct), ct);
        }

        var id = Field(data, "message_id");
        if (id is { Length: > 0 })
        {
            await ledger.TryRecordAsync(SentChannel, id, clock.GetUtcNow(), ct);
        }

        return id;
    }

    /// <summary>
    /// The name the user shows on Zalo (<c>GET /v3.0/oa/user/detail?data={"user_id":…}</c>), so that an agent talking with a
    /// user linked to nobody sees who writes; null when Zalo gives none.
    /// </summary>
    public async Task<string?> DisplayNameAsync(string userId, CancellationToken ct)
    {
        var query = Uri.EscapeDataString(new JsonObject { ["user_id"] = userId }.ToJsonString());
        var data = await CallAsync(token => SendAsync(Request(HttpMethod.Get, $"v3.0/oa/user/detail?data={query}", null, token), ct), ct);
        return Field(data, "display_name") is { Length: > 0 } name ? name.Normalize(System.Text.NormalizationForm.FormC) : null;
    }

    private async Task<JsonObject> BodyAsync(string userId, ZaloMessage message, CancellationToken ct) =>
        message.AsksForPhone ? ZaloMessageBodies.AskPhone(userId, message, options.Value.ContactFormImage)
            : message.File is { } file ? await FileBodyAsync(userId, message, file, ct)
            : ZaloMessageBodies.Text(userId, message);

    private Task<JsonElement> PostAsync(JsonObject body, CancellationToken ct) =>
        CallAsync(token => SendAsync(Request(HttpMethod.Post, "v3.0/oa/message/cs", JsonContent.Create(body), token), ct), ct);

    /// <summary>The file as a Zalo file or picture; when Zalo refuses or fails the upload, its signed link with a line saying why.</summary>
    private async Task<JsonObject> FileBodyAsync(string userId, ZaloMessage message, StoredFileRef file, CancellationToken ct)
    {
        string uploaded;
        try
        {
            uploaded = await UploadAsync(file, ct);
        }
        catch (ZaloApiException e) when (file.Link is { } link)
        {
            logger.LogWarning("Zalo: a {ContentType} file could not be uploaded ({Detail}); its link is sent instead.", file.ContentType, e.Message);
            return ZaloMessageBodies.Text(userId, new ZaloMessage
            {
                Text = ZaloText.Get("UploadFailed", file.Name),
                Buttons = [new ZaloButton(ZaloText.Get("OpenFile"), ZaloButtonTypes.OpenUrl, link.AbsoluteUri)],
            });
        }

        return ZaloMessage.IsImage(file) ? ZaloMessageBodies.Image(userId, message, uploaded) : ZaloMessageBodies.File(userId, uploaded);
    }

    /// <summary>The file's upload id: the one Zalo gave within <see cref="ZaloOptions.UploadLife"/>, else a new upload.</summary>
    private async Task<string> UploadAsync(StoredFileRef file, CancellationToken ct)
    {
        var key = ZaloMemory.UploadKey(file);
        if (memory.Uploads.TryGet(key, out var known))
        {
            return known;
        }

        var path = ZaloMessage.IsImage(file) ? "v2.0/oa/upload/image" : "v2.0/oa/upload/file";
        var data = await CallAsync(async token =>
        {
            var opened = await files.OpenAsync(file.Area, file.Id, ct)
                ?? throw new ZaloApiException(ZaloApiException.Transport, "The file to send is no longer in the file store.") { Permanent = true };
            await using var stream = opened.Content;
            var content = new StreamContent(stream);
            content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            return await SendAsync(Request(HttpMethod.Post, path, new MultipartFormDataContent { { content, "file", file.Name } }, token), ct);
        }, ct);
        var field = ZaloMessage.IsImage(file) ? "attachment_id" : "token";
        var id = Field(data, field) ?? throw Unreadable(field);
        memory.Uploads.Set(key, id, options.Value.UploadLife);
        return id;
    }

    /// <summary>One API call with a valid token; a rejected token is renewed and the call made once more.</summary>
    private async Task<JsonElement> CallAsync(Func<string, Task<JsonElement>> call, CancellationToken ct)
    {
        var token = await tokens.GetAsync(ct);
        try
        {
            return await call(token);
        }
        catch (ZaloApiException e) when (e.TokenRejected)
        {
            return await call(await tokens.RenewRejectedAsync(token, ct));
        }
    }

    /// <summary>Sends the request (and disposes it): the answer's <c>data</c>, or Zalo's error as an exception.</summary>
    private async Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            JsonElement envelope;
            try
            {
                using var response = await http.SendAsync(request, ct);
                if (!response.IsSuccessStatusCode)
                {
                    throw new ZaloApiException(ZaloApiException.Transport, $"Zalo OA API answered HTTP {(int)response.StatusCode}.");
                }

                envelope = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                throw new ZaloApiException(ZaloApiException.Transport, $"Zalo OA API: {e.GetType().Name}.", e);
            }

            var code = int.TryParse(Field(envelope, "error"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c) ? c : 0;
            if (code != 0)
            {
                throw ZaloErrors.For(code, Field(envelope, "message"), options.Value.RateLimitBackoff);
            }

            return envelope.ValueKind == JsonValueKind.Object && envelope.TryGetProperty("data", out var data) ? data : default;
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content, string token)
    {
        var request = new HttpRequestMessage(method, options.Value.OpenApi(path)) { Content = content };
        request.Headers.Add("access_token", token);
        return request;
    }

    private static string? Field(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null
            : null;

    private static ZaloApiException Unreadable(string field) => new(ZaloApiException.Transport, $"Zalo's upload answer has no {field}.");
}
