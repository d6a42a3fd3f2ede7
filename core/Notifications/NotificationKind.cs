namespace InternalTthc.Core.Notifications;

/// <summary>What a message to one person is about.</summary>
public enum NotificationKind
{
    /// <summary>A case changed state (received, supplement requested, result...).</summary>
    CaseChanged,
    /// <summary>A deadline is near or passed, or something waits for the person.</summary>
    Reminder,
    Announcement,
}
