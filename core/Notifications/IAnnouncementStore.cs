namespace InternalTthc.Core.Notifications;

public interface IAnnouncementStore
{
    /// <summary>Saves the announcement and queues its messages in one transaction.</summary>
    Task AddAsync(Announcement announcement, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    Task<Announcement?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<AnnouncementReport?> ReportAsync(Guid id, CancellationToken cancellationToken);
}
