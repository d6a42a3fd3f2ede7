using System.Globalization;
using System.Text.RegularExpressions;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Solar dates, always day first: "15/11", "ngày 15/11/2025", "5-5", "2026-04-23", "ngày 25 tháng 4
/// (năm 2026)", "ngày 3 tháng trước", "ngày 15", "mùng 5". Without a year (or month) the context rule
/// picks it (<see cref="TimeScope.Resolve"/>).
/// </summary>
internal static partial class DateReader
{
    public static (ResolvedDay Day, int Length)? Read(TypedWords words, TimeScope scope, int at)
    {
        int prefix = words.Match(at, "ngày", "mùng", "mồng");
        int i = at + prefix;
        if (Slashed().Match(words.Folded(i)) is { Success: true } m)
        {
            int? year = m.Groups[3].Success ? Year(m.Groups[3].Value) : null;
            return Resolve(scope, Number(m.Groups[1].Value), Number(m.Groups[2].Value), year, prefix + 1);
        }
        if (Iso().Match(words.Folded(i)) is { Success: true } iso)
        {
            return Resolve(scope, Number(iso.Groups[3].Value), Number(iso.Groups[2].Value), Number(iso.Groups[1].Value), prefix + 1);
        }
        if (NumberWords.Read(words, i) is not { Value: >= 1 and <= 31 } day)
        {
            return null;
        }
        i += day.Length;
        if (words.Is(i, "tháng") && NumberWords.Read(words, i + 1) is { Value: >= 1 and <= 12 } month)
        {
            i += 1 + month.Length;
            int? year = words.Is(i, "năm") && NumberWords.Read(words, i + 1) is { Value: >= 1900 } y ? y.Value : null;
            return Resolve(scope, day.Value, month.Value, year, i - at + (year is null ? 0 : 2));
        }
        if (words.Is(i, "tháng") && words.Match(i + 1, "này", "trước", "rồi", "sau", "tới") is int q and > 0)
        {
            int offset = words.Match(i + 1, "này") > 0 ? 0 : words.Match(i + 1, "trước", "rồi") > 0 ? -1 : 1;
            var first = new DateOnly(scope.Today.Year, scope.Today.Month, 1).AddMonths(offset);
            return Valid(first.Year, first.Month, day.Value) is { } date ? (new ResolvedDay(date), i + 1 + q - at) : null;
        }
        if (prefix == 0 || (words.Match(at, "mùng", "mồng") > 0 && day.Value > 10))
        {
            return null;
        }
        // "ngày 15", "mùng 5": a day of this month, or of the month before or after by the context.
        var thisMonth = new DateOnly(scope.Today.Year, scope.Today.Month, 1);
        return scope.ResolveDay(k => thisMonth.AddMonths(k) is var f ? Valid(f.Year, f.Month, day.Value) : null) is { } r ? (r, i - at) : null;
    }

    private static (ResolvedDay, int)? Resolve(TimeScope scope, int day, int month, int? year, int length)
    {
        if (year is int y)
        {
            return Valid(y, month, day) is { } date ? (new ResolvedDay(date), length) : null;
        }
        return scope.ResolveDay(k => Valid(scope.Today.Year + k, month, day)) is { } resolved ? (resolved, length) : null;
    }

    public static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static int Year(string digits) => digits.Length == 2 ? 2000 + Number(digits) : Number(digits);

    [GeneratedRegex(@"^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex Iso();
}
