using System.Globalization;
using System.Text.RegularExpressions;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Days of the lunar calendar and the feasts named after them: "Tết" (1/1), "mùng 2 Tết", "Giỗ Tổ
/// (Hùng Vương)" (10/3), "rằm (tháng giêng)", "mùng 10 tháng 3 âm lịch", "15/7 ÂL"; also "Tết dương
/// lịch" (1/1 solar). Without a year the context rule picks the lunar year.
/// </summary>
internal static partial class LunarReader
{
    private static readonly string[] Markers = ["âm lịch", "âm", "al", "âl"];

    public static (ResolvedDay Day, int Length)? Read(TypedWords words, TimeScope scope, int at)
    {
        if (words.Match(at, "tết dương lịch", "tết tây") is int solar and > 0)
        {
            return scope.ResolveDay(k => new DateOnly(scope.Today.Year + k, 1, 1)) is { } newYear ? (newYear, solar) : null;
        }
        if (words.Is(at, "tết"))
        {
            return Feast(scope, 1, 1, 1 + words.Match(at + 1, "nguyên đán", "âm lịch", "ta"));
        }
        if (words.Match(at, "giỗ tổ hùng vương", "giỗ tổ") is int gioTo and > 0)
        {
            return Feast(scope, 10, 3, gioTo);
        }
        if (words.Is(at, "rằm"))
        {
            return FullMoon(words, scope, at);
        }
        int prefix = words.Match(at, "ngày", "mùng", "mồng");
        if (prefix > 0 && NumberWords.Read(words, at + prefix) is { Value: >= 1 and <= 30 } day && words.Is(at + prefix + day.Length, "tết"))
        {
            return Feast(scope, day.Value, 1, prefix + day.Length + 1);
        }
        var (d, m, length) = DayMonth(words, at + prefix);
        int marker = length > 0 ? words.Match(at + prefix + length, Markers) : 0;
        return marker > 0 ? Feast(scope, d, m, prefix + length + marker) : null;
    }

    /// <summary>"rằm" (this lunar month's 15th by the context), or "rằm tháng 7", "rằm tháng giêng", with an optional marker.</summary>
    private static (ResolvedDay, int)? FullMoon(TypedWords words, TimeScope scope, int at)
    {
        if (words.Is(at + 1, "tháng") && Month(words, at + 2) is { } month)
        {
            int length = 2 + month.Length;
            return Feast(scope, 15, month.Value, length + words.Match(at + length, Markers));
        }
        var resolved = scope.ResolveDay(k => MonthStart(scope.Lunar, scope.Today, k).AddDays(14));
        return resolved is { } r ? (r, 1 + words.Match(at + 1, Markers)) : null;
    }

    private static (ResolvedDay, int)? Feast(TimeScope scope, int day, int month, int length)
    {
        int year = scope.Lunar.ToLunar(scope.Today).Year;
        DateOnly? Instance(int k) =>
            day <= (scope.Lunar.MonthLength(month, year + k) ?? 0) ? scope.Lunar.ToSolar(new LunarDate(day, month, year + k)) : null;
        return scope.ResolveDay(Instance) is { } resolved ? (resolved, length) : null;
    }

    /// <summary>"10 tháng 3", "10/3", "15 tháng giêng" at <paramref name="at"/>.</summary>
    private static (int Day, int Month, int Length) DayMonth(TypedWords words, int at)
    {
        if (Slashed().Match(words.Folded(at)) is { Success: true } m)
        {
            return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), 1);
        }
        if (NumberWords.Read(words, at) is { Value: >= 1 and <= 30 } day && words.Is(at + day.Length, "tháng")
            && Month(words, at + day.Length + 1) is { } month)
        {
            return (day.Value, month.Value, day.Length + 1 + month.Length);
        }
        return (0, 0, 0);
    }

    private static (int Value, int Length)? Month(TypedWords words, int at) =>
        words.Is(at, "giêng") ? (1, 1)
        : words.Is(at, "chạp") ? (12, 1)
        : NumberWords.Read(words, at) is { Value: >= 1 and <= 12 } n ? n : null;

    /// <summary>The first day of the lunar month <paramref name="offset"/> months from the one holding <paramref name="today"/>.</summary>
    private static DateOnly MonthStart(VietnameseLunarCalendar lunar, DateOnly today, int offset)
    {
        var start = today.AddDays(1 - lunar.ToLunar(today).Day);
        for (; offset < 0; offset++)
        {
            var before = start.AddDays(-1);
            start = before.AddDays(1 - lunar.ToLunar(before).Day);
        }
        for (; offset > 0; offset--)
        {
            var after = start.AddDays(30);
            start = after.AddDays(1 - lunar.ToLunar(after).Day);
        }
        return start;
    }

    [GeneratedRegex(@"^(\d{1,2})[/-](\d{1,2})$")]
    private static partial Regex Slashed();
}
