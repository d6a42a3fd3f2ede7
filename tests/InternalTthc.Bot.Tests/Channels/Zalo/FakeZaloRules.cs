using System.Text;
using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// What the fake OA checks in a consultation message, as ../shared/docs/zalo-oa.md §2.3 documents it: the recipient, text
/// of 1 to 2,000 characters in NFC, buttons of the three types used (titles ≤ 100, query payloads strings ≤ 1,000, links
/// {url}), at most the channel's buttons, media and file attachments of uploads, the request-user-info template.
/// </summary>
public static class FakeZaloRules
{
    private static readonly string[] ButtonTypes = ["oa.query.hide", "oa.query.show", "oa.open.url"];

    /// <returns>What is wrong with the body; empty when Zalo would take it.</returns>
    public static IReadOnlyList<string> Check(JsonNode? body, int maxButtons, Func<string, bool> uploaded)
    {
        var faults = new List<string>();
        if (body?["recipient"]?["user_id"] is not JsonValue user || user.GetValue<string>() is not { Length: > 0 } id || !id.All(char.IsAsciiDigit))
        {
            faults.Add("recipient.user_id must be the user's id, a string of digits");
        }

        if (body?["message"] is not JsonObject message)
        {
            faults.Add("message must be an object");
            return faults;
        }

        var text = message["text"];
        if (text is not null) CheckText(text, faults);
        switch (message["attachment"])
        {
            case null when text is null:
                faults.Add("a message without attachment needs text");
                break;
            case null:
                break;
            case JsonObject a when (a["type"]?.GetValue<string>() == "file"):
                if (a["payload"]?["token"]?.GetValue<string>() is not { } token || !uploaded(token)) faults.Add("file payload.token must come from /upload/file");
                break;
            case JsonObject a when (a["type"]?.GetValue<string>() == "template"):
                CheckTemplate(a["payload"] as JsonObject, text is not null, maxButtons, uploaded, faults);
                break;
            default:
                faults.Add("attachment.type must be template or file");
                break;
        }

        return faults;
    }

    private static void CheckTemplate(JsonObject? payload, bool hasText, int maxButtons, Func<string, bool> uploaded, List<string> faults)
    {
        switch (payload?["template_type"]?.GetValue<string>())
        {
            case null when (payload?["buttons"] is JsonArray buttons):
                if (!hasText) faults.Add("text with buttons needs its text");
                if (buttons.Count is 0 || buttons.Count > maxButtons) faults.Add($"1 to {maxButtons} buttons, not {buttons.Count}");
                foreach (var b in buttons) CheckButton(b, faults);
                break;
            case "media" when (payload["elements"] is JsonArray { Count: 1 } media && media[0] is JsonObject element):
                if (element["media_type"]?.GetValue<string>() != "image") faults.Add("media_type image expected");
                if (element["attachment_id"]?.GetValue<string>() is not { } attachment || !uploaded(attachment)) faults.Add("media attachment_id must come from /upload/image");
                break;
            case "request_user_info" when (payload["elements"] is JsonArray { Count: 1 } form && form[0] is JsonObject element):
                if (element["title"]?.GetValue<string>() is not { Length: > 0 and <= 100 }) faults.Add("request_user_info title of 1 to 100 characters");
                if (element["subtitle"]?.GetValue<string>() is not { Length: > 0 }) faults.Add("request_user_info subtitle expected");
                break;
            default:
                faults.Add("template payload must be buttons, media or request_user_info");
                break;
        }
    }

    private static void CheckButton(JsonNode? button, List<string> faults)
    {
        var type = button?["type"]?.GetValue<string>();
        if (!ButtonTypes.Contains(type)) faults.Add($"button type {type} is not one the bot may use");
        if (button?["title"]?.GetValue<string>() is not { Length: > 0 and <= 100 }) faults.Add("button title of 1 to 100 characters");
        var payload = button?["payload"];
        if (type == "oa.open.url" ? payload?["url"]?.GetValue<string>() is not { } url || !Uri.IsWellFormedUriString(url, UriKind.Absolute)
            : payload is not JsonValue v || v.GetValue<string>() is not { Length: > 0 and <= 1000 })
        {
            faults.Add($"button payload of {type} is malformed");
        }
    }

    private static void CheckText(JsonNode text, List<string> faults)
    {
        if (text is not JsonValue v || v.GetValue<string>() is not { } s)
        {
            faults.Add("text must be a string");
            return;
        }

        if (s.Length is 0 or > 2000) faults.Add($"text of 1 to 2,000 characters, not {s.Length}");
        if (!s.IsNormalized(NormalizationForm.FormC)) faults.Add("text must be NFC");
    }
}
