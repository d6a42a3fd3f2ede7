namespace InternalTthc.Core.Conversations;

/// <summary>
/// One message of a conversation as the channel carries it (JSON), numbered in order per
/// conversation: the number is Direct Line's watermark, so any instance can serve the history.
/// </summary>
public sealed class ConversationLogEntry
{
    public required string ConversationId { get; init; }
    public required long Sequence { get; init; }
    public required string Payload { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
