using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfGreetingLog(TthcDbContext db) : IGreetingLog
{
    public async Task<bool> TryGreetAsync(ConversationGreeting greeting, CancellationToken cancellationToken)
    {
        // One statement on both engines: the primary key decides, even when Teams' two install events reach two instances.
        var inserted = await db.ExecuteRetriedAsync(
            $"INSERT INTO conversation_greetings (channel_id, conversation_id, account_id, greeted_at) VALUES ({greeting.ChannelId}, {greeting.ConversationId}, {greeting.AccountId}, {greeting.GreetedAt.UtcDateTime}) ON CONFLICT (channel_id, conversation_id, account_id) DO NOTHING",
            cancellationToken);
        return inserted == 1;
    }
}
