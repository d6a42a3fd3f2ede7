using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfConversationReferences(TthcDbContext db) : IConversationReferences
{
    // Another instance saving the same conversation at the same moment stores a reference as fresh as ours.
    public Task SaveAsync(StoredConversationReference reference, CancellationToken cancellationToken) =>
        db.UpsertAsync(r => r.ChannelId == reference.ChannelId && r.ConversationId == reference.ConversationId, reference, stored =>
        {
            stored.UserId = reference.UserId;
            stored.IsGroup = reference.IsGroup;
            stored.Payload = reference.Payload;
            stored.UpdatedAt = reference.UpdatedAt;
        }, cancellationToken);

    public Task<StoredConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        db.ConversationReferences.AsNoTracking().FirstOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId, cancellationToken);

    public async Task<IReadOnlyList<StoredConversationReference>> FindByUserAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        await db.ConversationReferences.AsNoTracking().Where(r => r.ChannelId == channelId && r.UserId == userId)
            .OrderBy(r => r.IsGroup).ThenByDescending(r => r.UpdatedAt).ToListAsync(cancellationToken);
}
