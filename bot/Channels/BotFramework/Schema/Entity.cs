using System.Text.Json;
using System.Text.Json.Serialization;

namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>
/// An entity such as <c>mention</c> or Teams' <c>clientInfo</c>. Only <see cref="Type"/> is named; everything
/// else stays raw JSON so types the bot does not know pass through unchanged.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
