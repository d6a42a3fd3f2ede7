using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfConversationStateStore(TthcDbContext db) : IConversationStateStore
{
    public Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken) =>
        db.ConversationStates.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);

    public async Task<int?> SaveAsync(string key, string payload, int? expectedVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (expectedVersion is not { } version)
        {
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO conversation_states (key, payload, version, updated_at) VALUES ({key}, {payload}, 1, {at.UtcDateTime}) ON CONFLICT (key) DO NOTHING",
                cancellationToken);
            return inserted == 1 ? 1 : null;
        }

        var updated = await db.ConversationStates.Where(s => s.Key == key && s.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Payload, payload).SetProperty(x => x.Version, version + 1).SetProperty(x => x.UpdatedAt, at), cancellationToken);
        return updated == 1 ? version + 1 : null;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        db.ConversationStates.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
}
