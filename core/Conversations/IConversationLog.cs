namespace InternalTthc.Core.Conversations;

/// <summary>The stored messages of conversations, shared by every instance of the service.</summary>
public interface IConversationLog
{
    Task OpenAsync(ChatConversation conversation, CancellationToken cancellationToken);

    Task<ChatConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends a message and returns its sequence number (1, 2, 3... per conversation).</summary>
    Task<long> AppendAsync(string conversationId, Func<long, string> payloadForSequence, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Messages after <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<ConversationLogEntry>> ReadAfterAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken);

    /// <summary>Replaces the payload of a message (a deleted one's tombstone).</summary>
    Task<bool> ReplaceAsync(string conversationId, long sequence, string payload, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction, replaces the payload of a message and appends it again (a card updated in place, re-sent to
    /// clients already past it): never one without the other. False, and nothing written, when there is no such message.
    /// </summary>
    Task<bool> ReplaceAndAppendAsync(string conversationId, long sequence, string payload, DateTimeOffset at, CancellationToken cancellationToken);
}
