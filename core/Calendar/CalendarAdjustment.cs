namespace InternalTthc.Core.Calendar;

/// <summary>
/// A day an administrator adds to the calendar while the service runs; kept in the store so every instance counts
/// deadlines the same way, and named with who added it and when.
/// </summary>
public sealed class CalendarAdjustment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required DateOnly Date { get; init; }
    public required CalendarAdjustmentKind Kind { get; init; }
    public required string Reason { get; init; }

    /// <summary>The login of the administrator (or "dòng lệnh" for the host verb) who added it.</summary>
    public required string AddedBy { get; init; }

    public required DateTimeOffset AddedAt { get; init; }

    public ConfiguredDay AsConfiguredDay() => new() { Date = Date, Reason = Reason };
}
