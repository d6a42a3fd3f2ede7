namespace InternalTthc.Core.Understanding;

/// <summary>
/// What a time reader found at one place, in Vietnam wall-clock time, before the parser turns it
/// into a <see cref="TimeReading"/>. <see cref="Moved"/>: the context moved an unqualified day out of
/// its current period. <see cref="WholeDays"/>: the range is of whole days (a deadline on a day off is
/// flagged only then).
/// </summary>
internal sealed record TimeDraft(DateTime Start, DateTime End, int Length)
{
    public bool Moved { get; init; }
    public bool Fuzzy { get; init; }
    public bool WholeDays { get; init; }
    public bool RecursYearly { get; init; }

    public static TimeDraft Moment(DateTime at, int length) => new(at, at, length);

    /// <summary>Days <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public static TimeDraft Days(DateOnly first, DateOnly last, int length, bool moved = false) =>
        new(first.ToDateTime(TimeOnly.MinValue), last.AddDays(1).ToDateTime(TimeOnly.MinValue).AddTicks(-1), length)
        {
            WholeDays = true,
            Moved = moved,
        };
}
