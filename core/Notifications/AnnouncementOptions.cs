namespace InternalTthc.Core.Notifications;

/// <summary>Section "Announcements": how fast an announcement goes out, so a whole province does not hit the channel at once.</summary>
public sealed class AnnouncementOptions
{
    public const string Section = "Announcements";

    public int MessagesPerMinute { get; init; } = 60;
}
