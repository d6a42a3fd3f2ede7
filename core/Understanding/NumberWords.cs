using System.Globalization;

namespace InternalTthc.Core.Understanding;

/// <summary>Small numbers as digits ("15") or words ("mười lăm", "hai mươi mốt", "ba").</summary>
internal static class NumberWords
{
    private static readonly (string Word, int Value)[] Units =
    [
        ("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("tư", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("bẩy", 7), ("tám", 8), ("chín", 9),
    ];

    public static (int Value, int Length)? Read(TypedWords words, int at)
    {
        var folded = words.Folded(at);
        if (folded.Length is > 0 and <= 4 && folded.All(char.IsAsciiDigit))
        {
            return (int.Parse(folded, CultureInfo.InvariantCulture), 1);
        }
        if (words.Is(at, "mười"))
        {
            return Unit(words, at + 1, "lăm") is int unit ? (10 + unit, 2) : (10, 1);
        }
        if (Unit(words, at) is not int first)
        {
            return null;
        }
        if (!words.Is(at + 1, "mươi"))
        {
            return (first, 1);
        }
        return Unit(words, at + 2, "mốt", "lăm") is int last ? (first * 10 + last, 3) : (first * 10, 2);
    }

    /// <summary>A unit word; after "mười"/"mươi" people say "mốt" for 1 and "lăm" for 5.</summary>
    private static int? Unit(TypedWords words, int at, params string[] variants)
    {
        foreach (var variant in variants)
        {
            if (words.Is(at, variant))
            {
                return variant == "mốt" ? 1 : 5;
            }
        }
        foreach (var (word, value) in Units)
        {
            if (words.Is(at, word))
            {
                return value;
            }
        }
        return null;
    }
}
