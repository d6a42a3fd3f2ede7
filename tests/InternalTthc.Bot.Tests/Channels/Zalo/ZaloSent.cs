using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>A message the fake OA was asked to send: to whom, the message object as sent, and the id Zalo gave it.</summary>
public sealed record ZaloSent(string UserId, JsonObject Message, string MessageId)
{
    public string Text => Message["text"]?.GetValue<string>() ?? "";

    /// <summary>The buttons' titles, types and payloads.</summary>
    public IReadOnlyList<(string Title, string Type, string Payload)> Buttons =>
        Message["attachment"]?["payload"]?["buttons"] is System.Text.Json.Nodes.JsonArray buttons
            ? [.. buttons.Select(b => (b!["title"]!.GetValue<string>(), b["type"]!.GetValue<string>(),
                b["type"]!.GetValue<string>() == "oa.open.url" ? b["payload"]!["url"]!.GetValue<string>() : b["payload"]!.GetValue<string>()))]
            : [];

    public string? TemplateType => Message["attachment"]?["payload"]?["template_type"]?.GetValue<string>();

    public string? AttachmentType => Message["attachment"]?["type"]?.GetValue<string>();

    /// <summary>The upload a picture or file message sends: its media attachment_id or its file token; null for other messages.</summary>
    public string? UploadId => AttachmentType == "file" ? Message["attachment"]!["payload"]?["token"]?.GetValue<string>()
        : TemplateType == "media" ? Message["attachment"]!["payload"]?["elements"]?[0]?["attachment_id"]?.GetValue<string>() : null;
}
