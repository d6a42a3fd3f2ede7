namespace InternalTthc.Core.Conversations;

/// <summary>Stored conversation references, one per conversation, shared by every instance.</summary>
public interface IConversationReferences
{
    Task SaveAsync(StoredConversationReference reference, CancellationToken cancellationToken);

    Task<StoredConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>A user's conversations on a channel, personal ones first, most recent first.</summary>
    Task<IReadOnlyList<StoredConversationReference>> FindByUserAsync(string channelId, string userId, CancellationToken cancellationToken);
}
