using System.Collections.Concurrent;
using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.BotFramework.References;

/// <summary>A process-local store for development and tests; references are lost on restart.</summary>
public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<(string Channel, string Conversation), ConversationReference> _references = new();

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.ChannelId is { Length: > 0 } channel && reference.Conversation?.Id is { Length: > 0 } conversation)
        {
            _references[(channel, conversation)] = reference;
        }

        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindAsync(
        string channelId, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_references.GetValueOrDefault((channelId, conversationId)));

    public Task<IReadOnlyList<ConversationReference>> FindByUserAsync(
        string channelId, string userId, CancellationToken cancellationToken)
    {
        IReadOnlyList<ConversationReference> found = _references
            .Where(entry => entry.Key.Channel == channelId && entry.Value.User?.Id == userId)
            .Select(entry => entry.Value)
            .ToArray();
        return Task.FromResult(found);
    }
}
