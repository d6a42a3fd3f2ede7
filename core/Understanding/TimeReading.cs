namespace InternalTthc.Core.Understanding;

/// <summary>
/// A time expression read from text, in Vietnam time (+07:00). Ranges are inclusive: a whole day
/// ends one tick before the next midnight; a moment has <see cref="Start"/> == <see cref="End"/>.
/// A bound ("trước 30/4") runs from the reference (or its last day, when that is already past) to
/// its last allowed moment.
/// </summary>
public sealed record TimeReading
{
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }

    /// <summary>
    /// Worth confirming: the context moved an unqualified day out of the current week, month or
    /// year; an incident reading lies in the future; a deadline lies in the past or on a day off.
    /// </summary>
    public bool Ambiguous { get; init; }

    /// <summary>Approximate by nature ("vừa nãy", "lúc nãy").</summary>
    public bool Fuzzy { get; init; }

    /// <summary>"hàng năm": the reading is this year's instance of a yearly date.</summary>
    public bool RecursYearly { get; init; }

    /// <summary>The words read, in the original text.</summary>
    public required TextSpan Span { get; init; }

    public bool IsMoment => Start == End;
}
