namespace InternalTthc.Core.Understanding;

/// <summary>
/// One day, however it is named: from today, a weekday, a solar date, a lunar date or feast. The
/// longest reading wins ("mùng 1 Tết" over "mùng 1"). A leading "hôm"/"bữa" ("hôm thứ 3",
/// "hôm 20/4") points to the past whatever the context.
/// </summary>
internal static class DayReader
{
    public static (ResolvedDay Day, int Length)? Read(TypedWords words, TimeScope scope, int at, bool afterPart)
    {
        if (RelativeDayReader.Read(words, scope, at, afterPart) is { } relative)
        {
            return relative;
        }
        if (words.Match(at, "hôm", "bữa") is int past and > 0 && Named(words, scope with { Context = TimeContext.Incident }, at + past) is { } before)
        {
            return (before.Day with { Moved = false }, past + before.Length);
        }
        return Named(words, scope, at);
    }

    private static (ResolvedDay Day, int Length)? Named(TypedWords words, TimeScope scope, int at) =>
        new[] { WeekdayReader.Read(words, scope, at), DateReader.Read(words, scope, at), LunarReader.Read(words, scope, at) }
            .Where(r => r is not null)
            .MaxBy(r => r!.Value.Length);
}
