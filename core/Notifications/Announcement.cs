namespace InternalTthc.Core.Notifications;

/// <summary>A notice an administrator sends to a jurisdiction's people through the outbox (e.g. planned maintenance).</summary>
public sealed class Announcement
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string JurisdictionCode { get; init; }
    public required AnnouncementAudience Audience { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }

    /// <summary>When the announced maintenance starts; the regulation asks for notice in working days before it.</summary>
    public DateTimeOffset? MaintenanceAt { get; init; }

    /// <summary>Sent despite short notice (an emergency the regulation allows).</summary>
    public bool Urgent { get; init; }

    public required Guid CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public int Recipients { get; init; }
}
