using InternalTthc.Core.Forms;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// When an incident began, from words ("tối qua khoảng 9h", "vừa xong", "hôm qua"): read in the incident
/// context, never ahead of the telling, and kept as a date-time answer without an hour when none was said.
/// </summary>
public static class IncidentTime
{
    public static TimeReading? Read(VietnameseTimeParser time, string text, DateTimeOffset reference) =>
        time.Parse(text, reference, TimeContext.Incident) is { } read ? NotAhead(read, reference) : null;

    /// <summary>
    /// The reading as a date-time answer (<see cref="DateTimeAnswer"/>): a moment, or the start of an approximate
    /// one ("vừa nãy"); only the day when no hour was said ("hôm qua", "tối qua").
    /// </summary>
    public static string Value(TimeReading at) =>
        DateTimeAnswer.Value(DateOnly.FromDateTime(at.Start.DateTime), at.IsMoment || at.Fuzzy ? TimeOnly.FromDateTime(at.Start.DateTime) : null);

    /// <summary>
    /// An incident has begun by the time it is told: a time of day later than now ("9 giờ tối" said in the
    /// morning) is the day before's, still marked ambiguous.
    /// </summary>
    private static TimeReading NotAhead(TimeReading read, DateTimeOffset reference) =>
        read.Start > reference && read.End - read.Start < TimeSpan.FromDays(1)
            ? read with { Start = read.Start.AddDays(-1), End = read.End.AddDays(-1), Ambiguous = true }
            : read;
}
