using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.References;

/// <summary>
/// Keeps the latest conversation reference of each conversation for proactive messages. Only references
/// from authenticated requests are saved: the bot's token is later sent to their serviceUrl (A7560).
/// </summary>
public interface IConversationReferenceStore
{
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The conversations a user was last seen in on a channel (e.g. a Teams 1:1 for notifications).</summary>
    Task<IReadOnlyList<ConversationReference>> FindByUserAsync(
        string channelId, string userId, CancellationToken cancellationToken);
}
