using System.Globalization;
using System.Text.Json;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>Reads a webhook body; null for anything that is not an event (not JSON or not valid Unicode, no event name or timestamp).</summary>
public static class ZaloEventReader
{
    private const int MaxIdLength = 64;

    public static ZaloEvent? Read(ReadOnlySpan<byte> body)
    {
        if (!UnicodeJson.IsValid(body))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ZaloEvent? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Id(root, "event_name") is not { Length: > 0 } name
            || Id(root, "timestamp") is not { } timestamp
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) || ms > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return null;
        }

        var message = Child(root, "message");
        var e = new ZaloEvent
        {
            Name = name,
            Timestamp = timestamp,
            At = DateTimeOffset.FromUnixTimeMilliseconds(ms),
            Kind = KindOf(name),
            SenderId = Id(Child(root, "sender"), "id"),
            RecipientId = Id(Child(root, "recipient"), "id"),
            FollowerId = Id(Child(root, "follower"), "id"),
            MessageId = Id(message, "msg_id"),
            Text = Id(message, "text"),
            Attachments = Attachments(message),
            SharedPhone = Id(Child(root, "info"), "phone"),
        };

        // Ids become keys of the store and parts of log lines: only what Zalo's ids look like is taken.
        return new[] { e.SenderId, e.RecipientId, e.FollowerId, e.MessageId }.All(id => id is null || SafeId(id)) && SafeId(name) ? e : null;
    }

    private static bool SafeId(string id) => id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    public static ZaloEventKind KindOf(string name) => name switch
    {
        "follow" => ZaloEventKind.Follow,
        "unfollow" => ZaloEventKind.Unfollow,
        "user_submit_info" => ZaloEventKind.SharedInfo,
        "user_received_message" or "user_seen_message" or "add_user_to_tag" or "user_reacted_message" or "oa_reacted_message" => ZaloEventKind.Receipt,
        _ when name.StartsWith("user_send_", StringComparison.Ordinal) => ZaloEventKind.UserMessage,
        _ when name.StartsWith("oa_send_", StringComparison.Ordinal) => ZaloEventKind.OaEcho,
        _ => ZaloEventKind.Unknown,
    };

    private static IReadOnlyList<ZaloEventAttachment> Attachments(JsonElement? message) =>
        message is { } m && m.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a =>
            {
                var payload = Child(a, "payload");
                return new ZaloEventAttachment(Id(a, "type") ?? "", Id(payload, "url"), Id(payload, "name"),
                    long.TryParse(Id(payload, "size"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : null);
            })]
            : [];

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    /// <summary>A string field; a number is taken as written (some ids and sizes come as numbers).</summary>
    private static string? Id(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
