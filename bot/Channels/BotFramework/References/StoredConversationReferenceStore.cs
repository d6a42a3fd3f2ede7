using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Channels.BotFramework.References;

/// <summary>Conversation references kept in the store, so proactive messages work from any instance and after restarts.</summary>
public sealed class StoredConversationReferenceStore(IServiceScopeFactory scopes, TimeProvider clock) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (reference.ChannelId is not { } channel || reference.Conversation?.Id is not { } conversation || reference.User?.Id is not { } user)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConversationReferences>().SaveAsync(new StoredConversationReference
        {
            ChannelId = channel,
            ConversationId = conversation,
            UserId = user,
            IsGroup = reference.Conversation.IsShared(),
            Payload = JsonSerializer.Serialize(reference, BotJson.Options),
            UpdatedAt = clock.GetUtcNow(),
        }, cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IConversationReferences>().FindAsync(channelId, conversationId, cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize<ConversationReference>(stored.Payload, BotJson.Options);
    }

    public async Task<IReadOnlyList<ConversationReference>> FindByUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IConversationReferences>().FindByUserAsync(channelId, userId, cancellationToken);
        return [.. stored.Select(s => JsonSerializer.Deserialize<ConversationReference>(s.Payload, BotJson.Options)!)];
    }
}
