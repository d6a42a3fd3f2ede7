using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>
/// An attachment; an Adaptive Card has its JSON in <see cref="Content"/>, not in <see cref="ContentUrl"/>. The content is
/// a node so that a card rendered as one is written once, into the reply's body, not copied into an element first.
/// </summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonNode? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
