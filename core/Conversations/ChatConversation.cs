namespace InternalTthc.Core.Conversations;

/// <summary>A conversation opened by a web user: its tokens are bound to this owner and nobody else.</summary>
public sealed class ChatConversation
{
    public required string Id { get; init; }
    public required string ChannelId { get; init; }

    /// <summary>The channel account id of the person who opened it.</summary>
    public required string OwnerAccountId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The number of the last message; bumped in the transaction that appends the next.</summary>
    public long LastSequence { get; init; }
}
