namespace InternalTthc.Core.Calendar;

/// <summary>One calendar day of a year schedule, with why it is off (or a working Saturday) and on whose authority.</summary>
public sealed record CalendarEntry(DateOnly Date, string Reason, string? Source = null);
