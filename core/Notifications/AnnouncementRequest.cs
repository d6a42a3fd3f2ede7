namespace InternalTthc.Core.Notifications;

/// <summary>What an administrator asks to announce.</summary>
public sealed record AnnouncementRequest(Guid SenderId, string JurisdictionCode, AnnouncementAudience Audience, string Title, string Text)
{
    /// <summary>When the planned maintenance starts, for a maintenance notice.</summary>
    public DateTimeOffset? MaintenanceAt { get; init; }

    /// <summary>An emergency: sent even with less notice than the regulation asks.</summary>
    public bool Urgent { get; init; }
}
