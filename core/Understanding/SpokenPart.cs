namespace InternalTthc.Core.Understanding;

/// <summary>
/// A part of the day as said: the part (null for a bare "đầu giờ"), whether it is an office edge
/// ("đầu giờ" true = the first hour of a session, "cuối giờ" false = its last hour), and whether a cue
/// ("hồi", "từ", "buổi"...) makes it a time expression on its own. <see cref="Midnight"/>: "nửa đêm", the
/// moment that ends the day named.
/// </summary>
internal readonly record struct SpokenPart(DayPart? Part, bool? OpeningEdge, bool Cued, int Length)
{
    public bool Midnight { get; init; }
}
