using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfConversationReferences(TthcDbContext db, GroupCommit writes) : IConversationReferences
{
    // One statement on both engines (no read first): another instance saving the same conversation at the same moment
    // stores a reference as fresh as ours. A signed turn's write like the ledger's, so committed with other turns' writes
    // (on PostgreSQL without waiting for its own flush: a case filed later carries it in its flush).
    public Task SaveAsync(StoredConversationReference reference, CancellationToken cancellationToken) =>
        writes.RunAsync(db, $"conversation_references:{reference.ChannelId}:{reference.ConversationId}",
            $"""
            INSERT INTO conversation_references (channel_id, conversation_id, user_id, is_group, payload, updated_at)
            VALUES ({reference.ChannelId}, {reference.ConversationId}, {reference.UserId}, {reference.IsGroup}, {reference.Payload}, {reference.UpdatedAt.UtcDateTime})
            ON CONFLICT (channel_id, conversation_id) DO UPDATE SET user_id = excluded.user_id, is_group = excluded.is_group,
                payload = excluded.payload, updated_at = excluded.updated_at
            """, cancellationToken);

    public Task<StoredConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        db.ConversationReferences.AsNoTracking().FirstOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId, cancellationToken);

    public async Task<IReadOnlyList<StoredConversationReference>> FindByUserAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        await db.ConversationReferences.AsNoTracking().Where(r => r.ChannelId == channelId && r.UserId == userId)
            .OrderBy(r => r.IsGroup).ThenByDescending(r => r.UpdatedAt).ToListAsync(cancellationToken);
}
