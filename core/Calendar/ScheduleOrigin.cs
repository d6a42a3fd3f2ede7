namespace InternalTthc.Core.Calendar;

/// <summary>Where a year's days off come from.</summary>
public enum ScheduleOrigin
{
    /// <summary>The official notice for civil servants (data file under Calendar/Data or the schedule directory).</summary>
    Official,
    /// <summary>No notice yet: computed from the Labour Code rules (Điều 111–112), which the notice may still change.</summary>
    Computed,
}
