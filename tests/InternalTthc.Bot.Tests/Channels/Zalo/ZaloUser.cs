using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.Zalo;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// A Zalo user played through the service's webhook, each event signed as Zalo signs it (SHA-256 of app id + body +
/// timestamp + OA secret key): he types, taps a button of the last message that has it, sends files, follows, shares his
/// phone number; and the OA's echoes of messages, the bot's own or typed by a person in the OA's chat.
/// </summary>
public sealed class ZaloUser(ZaloService service, string userId)
{
    private int _next;

    public string Id => userId;

    /// <summary>What the OA sent him, oldest first.</summary>
    public IReadOnlyList<ZaloSent> Received => [.. service.Oa.Sent.Where(m => m.UserId == userId)];

    /// <summary>Everything the OA sent him since <paramref name="from"/> messages, as one text (texts and button titles).</summary>
    public string TextSince(int from) => string.Join("\n", Received.Skip(from).Select(m => string.Join("\n", [m.Text, .. m.Buttons.Select(b => b.Title)])));

    public string LastText => Received.Count == 0 ? "" : TextSince(Received.Count - 1);

    public Task<HttpResponseMessage> SayAsync(string text) => AcceptedAsync(Event("user_send_text", Message(text)));

    /// <summary>Taps the button titled <paramref name="title"/> of the latest message that has it: its payload comes back as his text.</summary>
    public Task<HttpResponseMessage> TapAsync(string title)
    {
        var button = Received.SelectMany(m => m.Buttons).LastOrDefault(b => b.Title == title);
        return button.Title is null
            ? throw new InvalidOperationException($"No button \"{title}\" in: {TextSince(0)}")
            : SayAsync(button.Payload);
    }

    public Task<HttpResponseMessage> SendFileAsync(string name, byte[] content) =>
        AcceptedAsync(Event("user_send_file", Attachment("file", service.Oa.Host(name, content), name, content.Length)));

    public Task<HttpResponseMessage> SendImageAsync(Uri url) =>
        AcceptedAsync(Event("user_send_image", Attachment("image", url, null, null)));

    public Task<HttpResponseMessage> FollowAsync() => AcceptedAsync(Event("follow", new JsonObject
    {
        ["follower"] = new JsonObject { ["id"] = userId }, ["oa_id"] = FakeZaloOa.OaId, ["source"] = "testing",
    }, user: false));

    public Task<HttpResponseMessage> UnfollowAsync() => AcceptedAsync(Event("unfollow", new JsonObject
    {
        ["follower"] = new JsonObject { ["id"] = userId }, ["oa_id"] = FakeZaloOa.OaId,
    }, user: false));

    public Task<HttpResponseMessage> SharePhoneAsync(string phone) => AcceptedAsync(Event("user_submit_info", new JsonObject
    {
        ["info"] = new JsonObject { ["name"] = "Người dùng Zalo", ["phone"] = phone, ["address"] = "", ["city"] = "", ["district"] = "" },
    }));

    /// <summary>The OA's echo of a message: <paramref name="messageId"/> of one the bot sent, or a new one a person typed in the OA's chat.</summary>
    public Task<HttpResponseMessage> EchoAsync(string text, string? messageId = null) => AcceptedAsync(new JsonObject
    {
        ["app_id"] = FakeZaloOa.AppId, ["event_name"] = "oa_send_text", ["timestamp"] = Now(),
        ["sender"] = new JsonObject { ["id"] = FakeZaloOa.OaId }, ["recipient"] = new JsonObject { ["id"] = userId },
        ["message"] = new JsonObject { ["msg_id"] = messageId ?? NewId(), ["text"] = text },
    });

    /// <summary>An event of this user, signed; <paramref name="at"/> overrides its moment (out of order, stale).</summary>
    public JsonObject Event(string name, JsonObject fields, bool user = true, DateTimeOffset? at = null)
    {
        var e = new JsonObject { ["app_id"] = FakeZaloOa.AppId, ["user_id_by_app"] = "99" + userId, ["event_name"] = name, ["timestamp"] = Now(at) };
        if (user)
        {
            e["sender"] = new JsonObject { ["id"] = userId };
            e["recipient"] = new JsonObject { ["id"] = FakeZaloOa.OaId };
        }

        foreach (var (key, value) in fields) e[key] = value?.DeepClone();
        return e;
    }

    public JsonObject Message(string text, string? id = null) => new() { ["message"] = new JsonObject { ["msg_id"] = id ?? NewId(), ["text"] = text } };

    /// <summary>Posts an event as Zalo does, signed unless <paramref name="signature"/> says otherwise.</summary>
    public Task<HttpResponseMessage> SendAsync(JsonObject e, string? signature = null)
    {
        var body = Encoding.UTF8.GetBytes(e.ToJsonString());
        return PostAsync(body, signature ?? ZaloSignature.Sign(FakeZaloOa.AppId, body, e["timestamp"]!.GetValue<string>(), FakeZaloOa.OaSecretKey));
    }

    /// <summary>Posts a signed event the webhook must take (200).</summary>
    public async Task<HttpResponseMessage> AcceptedAsync(JsonObject e)
    {
        var response = await SendAsync(e);
        return response.StatusCode == HttpStatusCode.OK ? response
            : throw new InvalidOperationException($"The webhook answered {(int)response.StatusCode} to {e["event_name"]}.");
    }

    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return await PostAsync(content, signature);
    }

    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ZaloEndpointRouteBuilderExtensions.WebhookPath.TrimStart('/')) { Content = content };
        if (signature is not null) request.Headers.TryAddWithoutValidation(ZaloWebhookEndpoint.SignatureHeader, signature);
        return await service.Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private JsonObject Attachment(string type, Uri url, string? name, long? size)
    {
        var payload = new JsonObject { ["url"] = url.AbsoluteUri };
        if (name is not null) payload["name"] = name;
        if (size is not null) payload["size"] = size.Value.ToString(CultureInfo.InvariantCulture);
        return new JsonObject { ["message"] = new JsonObject { ["msg_id"] = NewId(), ["attachments"] = new JsonArray(new JsonObject { ["type"] = type, ["payload"] = payload }) } };
    }

    private string Now(DateTimeOffset? at = null) =>
        (at ?? service.Host.Clock.GetUtcNow()).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private string NewId() => $"{userId}m{++_next}{Guid.NewGuid():N}"[..40];
}
