namespace InternalTthc.Core.Notifications;

/// <summary>Who of a jurisdiction an announcement goes to.</summary>
public enum AnnouncementAudience
{
    /// <summary>Every unit's focal points (cán bộ đầu mối).</summary>
    FocalPoints,
    /// <summary>Everyone in the jurisdiction's units.</summary>
    Units,
    /// <summary>The IT agents of the executing agencies.</summary>
    Agents,
}
