using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfAnnouncementStore(TthcDbContext db, OutboxSignal signal) : IAnnouncementStore
{
    public async Task AddAsync(Announcement announcement, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        db.Announcements.Add(announcement);
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
    }

    public Task<Announcement?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<AnnouncementReport?> ReportAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } announcement)
        {
            return null;
        }

        var counts = await db.OutboxMessages.Where(m => m.AnnouncementId == id).GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
        int Count(OutboxStatus status) => counts.GetValueOrDefault(status);
        return new AnnouncementReport(announcement, Count(OutboxStatus.Sent), Count(OutboxStatus.Pending), Count(OutboxStatus.Blocked),
            Count(OutboxStatus.DeadLetter), Count(OutboxStatus.Cancelled), Count(OutboxStatus.AwaitingContact));
    }
}
