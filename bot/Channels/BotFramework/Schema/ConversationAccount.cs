using System.Text.Json;
using System.Text.Json.Serialization;

namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>A conversation. Teams sets <see cref="ConversationType"/> to personal, groupChat or channel.</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>A group chat or team channel: everyone in it reads the same messages.</summary>
    public bool IsShared() => IsGroup == true || ConversationType is "groupChat" or "channel";
}
