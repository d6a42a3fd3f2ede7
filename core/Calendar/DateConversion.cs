namespace InternalTthc.Core.Calendar;

/// <summary>One day in both calendars: the answer to "calendar lunar" and "calendar solar".</summary>
public sealed record DateConversion(DateOnly Solar, LunarDate Lunar);
