using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Channels.BotFramework.References;

/// <summary>
/// Conversation references kept in the store, so proactive messages work from any instance and after restarts.
/// Every signed activity brings its reference, nearly always the one stored already: the instance remembers what it last
/// wrote for each user of a channel and writes again only when the conversation or its content changed (the id of the
/// activity aside: a proactive message replies in the same conversation either way), or when that write is older than
/// <see cref="RewriteAfter"/>, so the order of a user's conversations by their last use stays close with several instances.
/// </summary>
public sealed class StoredConversationReferenceStore(IServiceScopeFactory scopes, TimeProvider clock) : IConversationReferenceStore
{
    public static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(10);

    // Bounded: past this many users the least recent is forgotten (its next activity writes once more).
    private const int RememberedUsers = 20_000;

    private readonly BoundedCache<(string Channel, string User), string> _written = new(RememberedUsers, clock);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (reference.ChannelId is not { } channel || reference.Conversation?.Id is not { } conversation || reference.User?.Id is not { } user)
        {
            return;
        }

        var content = JsonSerializer.Serialize(reference with { ActivityId = null }, BotJson.Options);
        if (_written.TryGet((channel, user), out var last) && last == content)
        {
            return;
        }

        await WriteAsync(reference, channel, conversation, user, clock.GetUtcNow(), cancellationToken);
        _written.Set((channel, user), content, RewriteAfter);
    }

    private async Task WriteAsync(
        ConversationReference reference, string channel, string conversation, string user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConversationReferences>().SaveAsync(new StoredConversationReference
        {
            ChannelId = channel,
            ConversationId = conversation,
            UserId = user,
            IsGroup = reference.Conversation!.IsShared(),
            Payload = JsonSerializer.Serialize(reference, BotJson.Options),
            UpdatedAt = now,
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
