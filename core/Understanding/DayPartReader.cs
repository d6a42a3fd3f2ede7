namespace InternalTthc.Core.Understanding;

/// <summary>
/// Day parts ("sáng", "buổi chiều", "hồi sáng", "tối", "khuya") and office edges ("đầu giờ sáng",
/// "cuối giờ chiều"), and what they do to a clock hour: chiều and tối add 12, "12 giờ trưa" is noon,
/// "12 giờ đêm" is midnight after the day, "2 giờ đêm" is early the next morning.
/// </summary>
internal static class DayPartReader
{
    private static readonly (string Word, DayPart Part)[] Words =
    [
        ("sáng sớm", DayPart.Morning), ("sáng", DayPart.Morning), ("trưa", DayPart.Noon), ("chiều", DayPart.Afternoon),
        ("tối", DayPart.Evening), ("đêm", DayPart.Night), ("khuya", DayPart.Night), (Midnight, DayPart.Night),
    ];

    private const string Midnight = "nửa đêm";

    /// <summary>Words before a bare day part that make it mean a time ("từ sáng", "lúc chiều").</summary>
    private static readonly string[] Cues = ["từ", "lúc", "vào", "khoảng", "tầm", "đến", "tới", "trong", "sau", "trước", "hồi", "buổi"];

    public static SpokenPart? Read(TypedWords words, int at)
    {
        int length = words.Match(at, "đầu giờ", "cuối giờ");
        bool? opening = length > 0 ? words.Is(at, "đầu") : null;
        bool cued = length == 0 && Cues.Any(c => words.Is(at - 1, c));
        int prefix = words.Match(at + length, "hồi", "buổi");
        cued |= prefix > 0;
        length += prefix;
        foreach (var (word, part) in Words)
        {
            if (words.Match(at + length, word) is int n and > 0)
            {
                // "nửa đêm" says a moment on its own: no cue needed.
                bool midnight = word == Midnight;
                return new SpokenPart(part, opening, cued || midnight, length + n) { Midnight = midnight };
            }
        }
        return opening is not null && prefix == 0 ? new SpokenPart(null, opening, false, length) : null;
    }

    /// <summary>The 24-hour time of "<paramref name="hour"/> giờ <paramref name="part"/>", and how many days after the named day it falls.</summary>
    public static (int DayShift, int Hour) ToHour(DayPart? part, int hour) => part switch
    {
        DayPart.Noon when hour is >= 1 and <= 2 => (0, hour + 12),
        DayPart.Afternoon or DayPart.Evening when hour < 12 => (0, hour + 12),
        DayPart.Night when hour == 12 || hour == 0 => (1, 0),
        DayPart.Night when hour <= 5 => (1, hour),
        DayPart.Night when hour < 12 => (0, hour + 12),
        _ => (0, hour),
    };

    /// <summary>The hours of <paramref name="part"/> on <paramref name="day"/>; the night runs into the next morning.</summary>
    public static (DateTime Start, DateTime End) Range(DayPart part, DateOnly day)
    {
        var (from, to) = part switch
        {
            DayPart.Morning => (6, 11),
            DayPart.Noon => (11, 13),
            DayPart.Afternoon => (13, 18),
            DayPart.Evening => (18, 22),
            _ => (22, 29),
        };
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return (midnight.AddHours(from), midnight.AddHours(to));
    }

    /// <summary>The first or last hour of the morning or afternoon session ("đầu giờ sáng" 07:30–08:30, "cuối giờ chiều" 16:00–17:00).</summary>
    public static (DateTime Start, DateTime End) OfficeEdge(TimeScope scope, DateOnly day, DayPart? part, bool opening)
    {
        var sessions = scope.Sessions(day);
        bool morning = part is DayPart.Morning || (part is null && opening);
        var session = morning ? sessions[0] : sessions[^1];
        var start = day.ToDateTime(opening ? session.Start : session.End.AddHours(-1));
        return (start, start.AddHours(1));
    }
}
