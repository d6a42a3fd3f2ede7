using System.Globalization;
using System.Text.RegularExpressions;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// A clock time as people write it: "15h30", "15g30", "15:30", "9h", "15 giờ 30 (phút)", "2 rưỡi",
/// "9 giờ kém 15", "ba giờ". The hour is as said (3 for "3 giờ chiều"); <see cref="DayPartReader"/>
/// decides the half of the day.
/// </summary>
internal static partial class ClockReader
{
    public static (int Hour, int Minute, int Length)? Read(TypedWords words, int at)
    {
        int hour, next;
        int? minute = null;
        if (Compact().Match(words.Folded(at)) is { Success: true } m)
        {
            hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            minute = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
            next = at + 1;
        }
        else if (NumberWords.Read(words, at) is { } number && words.Match(at + number.Length, "giờ", "h", "g", "rưỡi") is > 0)
        {
            hour = number.Value;
            next = at + number.Length + (words.Is(at + number.Length, "rưỡi") ? 0 : 1);
        }
        else
        {
            return null;
        }
        if (minute is null && Minutes(words, next, hour) is { } tail)
        {
            (hour, minute, next) = tail;
        }
        return hour is >= 0 and <= 23 && minute.GetValueOrDefault() is >= 0 and <= 59 ? (hour, minute ?? 0, next - at) : null;
    }

    /// <summary>What may follow the hour: "30 (phút)", "rưỡi", "kém 15 (phút)", "đúng".</summary>
    private static (int Hour, int Minute, int Next)? Minutes(TypedWords words, int at, int hour)
    {
        if (words.Is(at, "rưỡi"))
        {
            return (hour, 30, at + 1);
        }
        if (words.Is(at, "đúng"))
        {
            return (hour, 0, at + 1);
        }
        bool before = words.Is(at, "kém");
        int from = before ? at + 1 : at;
        if (NumberWords.Read(words, from) is not { Value: >= 0 and <= 59 } number || (!before && !IsMinuteNumber(words, from, number.Length)))
        {
            return null;
        }
        int end = from + number.Length + words.Match(from + number.Length, "phút", "p");
        return before ? (hour - 1, 60 - number.Value, end) : (hour, number.Value, end);
    }

    /// <summary>"15 giờ 30" but not "9h 5 ngày"; a number directly after the hour is minutes unless a unit follows.</summary>
    private static bool IsMinuteNumber(TypedWords words, int at, int length) =>
        words.Match(at + length, "ngày", "hôm", "tuần", "tháng", "năm", "giờ", "tiếng") == 0;

    [GeneratedRegex(@"^(\d{1,2})(?:h|g|:)(\d{1,2})?(?:p|ph|phut)?$")]
    private static partial Regex Compact();
}
