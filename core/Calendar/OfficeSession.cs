namespace InternalTthc.Core.Calendar;

/// <summary>One office session of a working day, e.g. 07:30–11:30 (start inclusive, end exclusive).</summary>
public sealed record OfficeSession
{
    public TimeOnly Start { get; init; }
    public TimeOnly End { get; init; }

    public static OfficeSession Of(int startHour, int startMinute, int endHour, int endMinute) =>
        new() { Start = new TimeOnly(startHour, startMinute), End = new TimeOnly(endHour, endMinute) };
}
