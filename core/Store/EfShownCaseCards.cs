using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfShownCaseCards(TthcDbContext db) : IShownCaseCards
{
    public async Task<bool> RecordAsync(ShownCaseCard card, CancellationToken cancellationToken)
    {
        var kept = await db.UpsertAsync(c => c.ChannelId == card.ChannelId && c.ConversationId == card.ConversationId && c.ActivityId == card.ActivityId, card, stored =>
        {
            stored.CaseId = card.CaseId;
            stored.ViewerId = card.ViewerId;
            stored.CaseVersion = card.CaseVersion;
            stored.Headline = card.Headline;
            stored.ShownAt = card.ShownAt;
            stored.HeldUntil = null;
            stored.SupersededAt = null;
        }, cancellationToken);
        if (kept is null)
        {
            // Another instance recorded the same message at the same moment; its record serves.
            return false;
        }

        var others = await db.ShownCaseCards.AsNoTracking()
            .Where(c => c.CaseId == kept.CaseId && c.ChannelId == kept.ChannelId && c.ConversationId == kept.ConversationId && c.Id != kept.Id
                && c.SupersededAt == null)
            .Select(c => new { c.Id, c.ShownAt }).ToListAsync(cancellationToken);
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
