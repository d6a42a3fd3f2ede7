using System.Text.Json;

namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>The body of <c>POST /v3/conversations</c>. A Teams 1:1 needs <see cref="TenantId"/> and exactly one member.</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public Activity? Activity { get; init; }
    public JsonElement? ChannelData { get; init; }
    public string? TenantId { get; init; }
}
