namespace InternalTthc.Core.Calendar;

/// <summary>The administrators' stored days off and make-up days.</summary>
public interface ICalendarAdjustmentStore
{
    /// <summary>Every stored day, by date.</summary>
    Task<IReadOnlyList<CalendarAdjustment>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores the day, replacing one stored for the same date.</summary>
    Task SaveAsync(CalendarAdjustment adjustment, CancellationToken cancellationToken);

    /// <summary>Removes the day stored for <paramref name="date"/>; false when none was.</summary>
    Task<bool> RemoveAsync(DateOnly date, CancellationToken cancellationToken);
}
