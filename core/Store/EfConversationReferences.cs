using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfConversationReferences(TthcDbContext db) : IConversationReferences
{
    public async Task SaveAsync(StoredConversationReference reference, CancellationToken cancellationToken)
    {
        var stored = await db.ConversationReferences.FirstOrDefaultAsync(
            r => r.ChannelId == reference.ChannelId && r.ConversationId == reference.ConversationId, cancellationToken);
        if (stored is null)
        {
            db.ConversationReferences.Add(reference);
        }
        else
        {
            stored.UserId = reference.UserId;
            stored.IsGroup = reference.IsGroup;
            stored.Payload = reference.Payload;
            stored.UpdatedAt = reference.UpdatedAt;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (stored is null)
        {
            // Another instance saved the same conversation first; its reference is as fresh as ours.
            db.ChangeTracker.Clear();
        }
    }

    public Task<StoredConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        db.ConversationReferences.AsNoTracking().FirstOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId, cancellationToken);

    public async Task<IReadOnlyList<StoredConversationReference>> FindByUserAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        await db.ConversationReferences.AsNoTracking().Where(r => r.ChannelId == channelId && r.UserId == userId)
            .OrderBy(r => r.IsGroup).ThenByDescending(r => r.UpdatedAt).ToListAsync(cancellationToken);
}
