using InternalTthc.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfConversationLog(TthcDbContext db) : IConversationLog
{
    public async Task OpenAsync(ChatConversation conversation, CancellationToken cancellationToken)
    {
        db.ChatConversations.Add(conversation);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<ChatConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        db.ChatConversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);

    public Task<long> AppendAsync(string conversationId, Func<long, string> payloadForSequence, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.InTransactionAsync(ct => AppendInTransactionAsync(conversationId, payloadForSequence, at, ct), cancellationToken);

    public Task<bool> ReplaceAndAppendAsync(string conversationId, long sequence, string payload, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            if (!await ReplaceAsync(conversationId, sequence, payload, ct))
            {
                return false;
            }

            await AppendInTransactionAsync(conversationId, _ => payload, at, ct);
            return true;
        }, cancellationToken);

    public async Task<IReadOnlyList<ConversationLogEntry>> ReadAfterAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken) =>
        await db.ConversationLog.AsNoTracking().Where(e => e.ConversationId == conversationId && e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence).Take(max).ToListAsync(cancellationToken);

    public async Task<bool> ReplaceAsync(string conversationId, long sequence, string payload, CancellationToken cancellationToken) =>
        await db.ConversationLog.Where(e => e.ConversationId == conversationId && e.Sequence == sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Payload, payload), cancellationToken) == 1;

    private async Task<long> AppendInTransactionAsync(string conversationId, Func<long, string> payloadForSequence, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Bumping the conversation's counter locks its row until commit: appends to one
        // conversation take turns, from any instance, and the numbers have no gaps.
        var numbers = await db.Database.SqlQuery<long>(
            $"UPDATE chat_conversations SET last_sequence = last_sequence + 1 WHERE id = {conversationId} RETURNING last_sequence AS \"Value\"")
            .ToListAsync(cancellationToken);
        if (numbers.Count == 0)
        {
            throw new InvalidOperationException($"Conversation '{conversationId}' was never opened.");
        }

        var entry = new ConversationLogEntry { ConversationId = conversationId, Sequence = numbers[0], Payload = payloadForSequence(numbers[0]), CreatedAt = at };
        db.ConversationLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entry).State = EntityState.Detached;
        return entry.Sequence;
    }
}
