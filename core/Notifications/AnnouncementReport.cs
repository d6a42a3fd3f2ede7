namespace InternalTthc.Core.Notifications;

/// <summary>
/// Where an announcement's messages stand: delivered, still queued, blocked by the person, failed for good, and
/// waiting for people who never wrote to the bot.
/// </summary>
public sealed record AnnouncementReport(Announcement Announcement, int Sent, int Pending, int Blocked, int Failed, int Cancelled, int AwaitingContact);
