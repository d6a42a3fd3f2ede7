using System.Text.Json.Serialization;

namespace InternalTthc.Bot.Channels.DirectLine.Endpoints;

/// <summary>The answer to token generate/refresh, conversation start and reconnect.</summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
