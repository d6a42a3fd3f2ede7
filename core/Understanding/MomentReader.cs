namespace InternalTthc.Core.Understanding;

/// <summary>
/// A day, a part of the day and a clock time in any order, each at most once, with "lúc", "vào",
/// "khoảng", "tầm" between them: "sáng mai 8h", "3h chiều qua", "chiều thứ hai tuần trước",
/// "9h ngày 5/5", "cuối giờ chiều nay", "12 giờ đêm nay", "nửa đêm qua" (00:00 today). Without a day it is today; a bare day part
/// needs a cue ("hồi sáng", "từ sáng") so that "sang" (to go) is not read as "sáng".
/// </summary>
internal static class MomentReader
{
    private static readonly string[] Glue = ["vào lúc", "lúc", "vào", "khoảng", "tầm"];

    public static TimeDraft? Read(TypedWords words, TimeScope scope, int at)
    {
        (int Hour, int Minute, int Length)? clock = null;
        SpokenPart? part = null;
        ResolvedDay? day = null;
        int i = at, end = at;
        bool partJustRead = false;
        while (i < words.Count)
        {
            int glue = i > at ? words.Match(i, Glue) : 0;
            int from = i + glue;
            if (clock is null && ClockReader.Read(words, from) is { } c)
            {
                (clock, i, partJustRead) = (c, from + c.Length, false);
            }
            else if (part is null && DayPartReader.Read(words, from) is { } p)
            {
                (part, i, partJustRead) = (p, from + p.Length, true);
            }
            else if (day is null && DayReader.Read(words, scope, from, partJustRead) is { } d)
            {
                (day, i, partJustRead) = (d.Day, from + d.Length, false);
            }
            else
            {
                break;
            }
            end = i;
        }
        if (day is null && clock is null && part is not { Cued: true } && part?.OpeningEdge is null)
        {
            return null;
        }
        var date = day?.Date ?? scope.Today;
        if (part is { Midnight: true } && clock is null)
        {
            // "nửa đêm qua" is the midnight that ends yesterday, 00:00 today; a bare "nửa đêm" is the last one
            // for an incident, the next one for a deadline.
            clock = (12, 0, 0);
            date = day is null && scope.Context == TimeContext.Incident ? date.AddDays(-1) : date;
        }
        var draft = Build(scope, date, clock, part, end - at);
        return draft with { Moved = day?.Moved ?? false };
    }

    private static TimeDraft Build(TimeScope scope, DateOnly date, (int Hour, int Minute, int Length)? clock, SpokenPart? part, int length)
    {
        if (clock is { } c)
        {
            var (shift, hour) = DayPartReader.ToHour(part?.Part, c.Hour);
            return TimeDraft.Moment(date.AddDays(shift).ToDateTime(new TimeOnly(hour, c.Minute)), length);
        }
        if (part is { OpeningEdge: bool opening } edge)
        {
            var (start, end) = DayPartReader.OfficeEdge(scope, date, edge.Part, opening);
            return new TimeDraft(start, end, length);
        }
        if (part is { Part: DayPart p })
        {
            var (start, end) = DayPartReader.Range(p, date);
            return new TimeDraft(start, end, length);
        }
        return TimeDraft.Days(date, date, length);
    }
}
