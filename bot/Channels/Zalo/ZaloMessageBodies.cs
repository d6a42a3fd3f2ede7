using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>The JSON bodies of <c>/v3.0/oa/message/cs</c> for each kind of message (../shared/docs/zalo-oa.md §2.3).</summary>
public static class ZaloMessageBodies
{
    public static JsonObject Text(string userId, ZaloMessage m) => Body(userId, m.Buttons.Count == 0
        ? new JsonObject { ["text"] = m.Text }
        : new JsonObject
        {
            ["text"] = m.Text,
            ["attachment"] = new JsonObject { ["type"] = "template", ["payload"] = new JsonObject { ["buttons"] = new JsonArray([.. m.Buttons.Select(Button)]) } },
        });

    /// <summary>A picture uploaded as <paramref name="attachmentId"/>, with the message's text as its caption.</summary>
    public static JsonObject Image(string userId, ZaloMessage m, string attachmentId)
    {
        var message = new JsonObject
        {
            ["attachment"] = new JsonObject
            {
                ["type"] = "template",
                ["payload"] = new JsonObject
                {
                    ["template_type"] = "media",
                    ["elements"] = new JsonArray(new JsonObject { ["media_type"] = "image", ["attachment_id"] = attachmentId }),
                },
            },
        };
        if (m.Text is { Length: > 0 }) message["text"] = m.Text;
        return Body(userId, message);
    }

    /// <summary>A document uploaded as <paramref name="token"/> (note <c>type: "file"</c>).</summary>
    public static JsonObject File(string userId, string token) => Body(userId, new JsonObject
    {
        ["attachment"] = new JsonObject { ["type"] = "file", ["payload"] = new JsonObject { ["token"] = token } },
    });

    public static JsonObject AskPhone(string userId, ZaloMessage m, Uri? image)
    {
        var element = new JsonObject { ["title"] = m.Text, ["subtitle"] = m.Subtitle };
        if (image is not null) element["image_url"] = image.AbsoluteUri;
        return Body(userId, new JsonObject
        {
            ["attachment"] = new JsonObject
            {
                ["type"] = "template",
                ["payload"] = new JsonObject { ["template_type"] = "request_user_info", ["elements"] = new JsonArray(element) },
            },
        });
    }

    private static JsonNode Button(ZaloButton b) => new JsonObject
    {
        ["title"] = b.Title,
        ["type"] = b.Type,
        ["payload"] = b.Type == ZaloButtonTypes.OpenUrl ? new JsonObject { ["url"] = b.Payload } : JsonValue.Create(b.Payload),
    };

    private static JsonObject Body(string userId, JsonObject message) => new()
    {
        ["recipient"] = new JsonObject { ["user_id"] = userId },
        ["message"] = message,
    };
}
