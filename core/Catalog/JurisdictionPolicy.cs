namespace InternalTthc.Core.Catalog;

/// <summary>Rules a jurisdiction sets for all its cases (e.g. the Lai Châu regulation of its case system).</summary>
public sealed record JurisdictionPolicy
{
    /// <summary>How long an agency has to receive (or refuse) a submitted case; null when not regulated.</summary>
    public DeadlineRule? Receipt { get; init; }

    /// <summary>Working days of notice before planned maintenance; null when not regulated.</summary>
    public int? MaintenanceNoticeWorkingDays { get; init; }

    /// <summary>Reminders and escalation for every procedure that sets none of its own; null: none.</summary>
    public ReminderPolicy? Reminders { get; init; }

    /// <summary>Office hours of the jurisdiction's agencies, or the explicit choice of the service's default; required.</summary>
    public CatalogOfficeHours? OfficeHours { get; init; }

    /// <summary>Password rules told to people with a new mailbox or password; null when the source states none.</summary>
    public PasswordPolicy? Passwords { get; init; }

    /// <summary>Where the rules come from, e.g. "Quy chế ..., Điều 10 khoản 1 điểm b".</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
