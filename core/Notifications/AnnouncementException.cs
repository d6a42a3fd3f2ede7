namespace InternalTthc.Core.Notifications;

/// <summary>An announcement that may not go out as asked; the message says why, in Vietnamese.</summary>
public sealed class AnnouncementException(string message) : Exception(message);
