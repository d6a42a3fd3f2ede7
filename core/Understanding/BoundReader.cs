namespace InternalTthc.Core.Understanding;

/// <summary>
/// Limits and office closes: "trước 30/4" (up to the end of 29/4), "trước 17h", "sau lễ (30/4)" and
/// "sau Tết" (the first working day after the holiday break), "trước Tết", "trong ngày" and "hết giờ
/// hành chính" (today's office close). A bare "lễ" is the nearest of the solar holidays 1/1, 30/4
/// and 2/9 in the context's direction, as people say "nghỉ lễ" of those, while lunar feasts are named.
/// </summary>
internal static class BoundReader
{
    private static readonly (int Month, int Day)[] SolarHolidays = [(1, 1), (4, 30), (9, 2)];

    public static TimeDraft? Read(TypedWords words, TimeScope scope, int at)
    {
        if (words.Match(at, "hết giờ hành chính", "hết giờ làm việc", "trong ngày hôm nay", "trong ngày", "trong hôm nay", "cuối ngày") is int close and > 0)
        {
            return TimeDraft.Moment(scope.Today.ToDateTime(scope.Sessions(scope.Today)[^1].End), close);
        }
        bool before = words.Is(at, "trước");
        if (!before && !words.Is(at, "sau"))
        {
            return null;
        }
        int holiday = words.Match(at + 1, "kỳ nghỉ lễ", "nghỉ lễ", "lễ");
        if (holiday > 0)
        {
            var named = DayReader.Read(words, scope, at + 1 + holiday, afterPart: false);
            var day = named?.Day.Date ?? NearestHoliday(scope);
            return Around(scope, day, before, 1 + holiday + (named?.Length ?? 0));
        }
        if (MomentReader.Read(words, scope, at + 1) is not { } target)
        {
            return null;
        }
        bool feast = words.Match(at + 1, "tết", "giỗ tổ") > 0;
        if (feast)
        {
            return Around(scope, DateOnly.FromDateTime(target.Start), before, 1 + target.Length);
        }
        if (!before)
        {
            // "sau 17h" is from 17:00; "sau 5/5" is from the day after.
            var from = target.WholeDays ? target.End.AddTicks(1) : target.Start;
            return target.WholeDays ? TimeDraft.Days(DateOnly.FromDateTime(from), DateOnly.FromDateTime(from), 1 + target.Length)
                : TimeDraft.Moment(from, 1 + target.Length);
        }
        var last = target.WholeDays ? target.Start.AddTicks(-1) : target.Start;
        return UpTo(scope, last, 1 + target.Length) with { Moved = target.Moved };
    }

    /// <summary>Before a holiday: up to the eve of its break. After it: the first working day after the break.</summary>
    private static TimeDraft Around(TimeScope scope, DateOnly day, bool before, int length)
    {
        if (before)
        {
            var first = day;
            while (!scope.Calendar.IsWorkingDay(first.AddDays(-1)))
            {
                first = first.AddDays(-1);
            }
            return UpTo(scope, first.ToDateTime(TimeOnly.MinValue).AddTicks(-1), length);
        }
        var after = day.AddDays(1);
        while (!scope.Calendar.IsWorkingDay(after))
        {
            after = after.AddDays(1);
        }
        return TimeDraft.Days(after, after, length);
    }

    /// <summary>From now to <paramref name="last"/>; from the start of that day when it is already past.</summary>
    private static TimeDraft UpTo(TimeScope scope, DateTime last, int length) =>
        new(scope.Reference <= last ? scope.Reference : last.Date, last, length);

    private static DateOnly NearestHoliday(TimeScope scope)
    {
        var days = Enumerable.Range(-1, 3)
            .SelectMany(k => SolarHolidays.Select(h => new DateOnly(scope.Today.Year + k, h.Month, h.Day)))
            .Order()
            .ToList();
        return scope.Context == TimeContext.Incident ? days.Last(d => d <= scope.Today) : days.First(d => d >= scope.Today);
    }
}
