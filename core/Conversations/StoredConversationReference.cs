namespace InternalTthc.Core.Conversations;

/// <summary>
/// The latest conversation reference of one conversation (the channel's JSON), kept for
/// proactive messages. Saved only from authenticated requests.
/// </summary>
public sealed class StoredConversationReference
{
    public required string ChannelId { get; init; }
    public required string ConversationId { get; init; }

    /// <summary>The user the reference was captured from.</summary>
    public required string UserId { get; set; }

    /// <summary>Group chats and team channels are never used for one person's notifications.</summary>
    public bool IsGroup { get; set; }

    public required string Payload { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
}
