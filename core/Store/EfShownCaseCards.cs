using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfShownCaseCards(TthcDbContext db, GroupCommit writes, TurnQueries queries) : IShownCaseCards
{
    public async Task<bool> RecordAsync(ShownCaseCard card, CancellationToken cancellationToken)
    {
        // One statement, committed with the turns' other writes (no read first, nothing tracked: the turn's context may hold a
        // case and its people, which a save would look over). A message drawn again takes the new state, its hold and
        // superseding lifted; another instance recording the same message at the same moment lands on the same row.
        await writes.RunAsync(db, $"shown_case_cards:{card.ChannelId}:{card.ConversationId}:{card.ActivityId}",
            $"""
            INSERT INTO shown_case_cards (id, case_id, channel_id, conversation_id, activity_id, viewer_id, case_version, headline, shown_at, held_until, superseded_at)
            VALUES ({card.Id}, {card.CaseId}, {card.ChannelId}, {card.ConversationId}, {card.ActivityId}, {card.ViewerId}, {card.CaseVersion}, {card.Headline},
                {card.ShownAt.UtcDateTime}, NULL, NULL)
            ON CONFLICT (channel_id, conversation_id, activity_id) DO UPDATE SET case_id = excluded.case_id, viewer_id = excluded.viewer_id,
                case_version = excluded.case_version, headline = excluded.headline, shown_at = excluded.shown_at, held_until = NULL, superseded_at = NULL
            """, cancellationToken);
        var others = await queries.ShownBesideCard(db, card.CaseId, card.ChannelId, card.ConversationId, card.ActivityId).ToListAsync(cancellationToken);
        var dropped = others.OrderByDescending(c => c.ShownAt).Skip(ShownCaseCard.KeptPerConversation - 1).Select(c => c.Id).ToList();
        if (dropped.Count == 0)
        {
            return false;
        }

        await db.ShownCaseCards.Where(c => dropped.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SupersededAt, card.ShownAt), cancellationToken);
        return true;
    }

    public Task<ShownCaseCard?> FindAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken) =>
        db.ShownCaseCards.AsNoTracking().FirstOrDefaultAsync(
            c => c.ChannelId == channelId && c.ConversationId == conversationId && c.ActivityId == activityId, cancellationToken);

    public Task HoldAsync(Guid id, DateTimeOffset until, CancellationToken cancellationToken) =>
        db.ShownCaseCards.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.HeldUntil, until), cancellationToken);

    public async Task<IReadOnlyList<ShownCaseCard>> ListAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.ShownCaseCards.AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync(cancellationToken);

    public Task MarkShownAsync(Guid id, int version, CancellationToken cancellationToken) =>
        db.ShownCaseCards.Where(c => c.Id == id && c.CaseVersion < version)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CaseVersion, version), cancellationToken);

    public Task ForgetAsync(Guid id, CancellationToken cancellationToken) =>
        db.ShownCaseCards.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
}
