namespace InternalTthc.Core.Understanding;

/// <summary>
/// Days named from today: "hôm nay", "hôm qua", "hôm kia", "ngày mai", "ngày kia"/"mốt". The bare
/// "nay", "qua" and "mai" count only after a day part ("sáng nay", "tối qua", "trưa mai"), or, for
/// "mai", when it is not a person's name ("chị Mai").
/// </summary>
internal static class RelativeDayReader
{
    private static readonly (string Phrase, int Days)[] Phrases =
    [
        ("ngày hôm nay", 0), ("hôm nay", 0), ("bữa nay", 0), ("hnay", 0),
        ("ngày hôm qua", -1), ("hôm qua", -1), ("bữa qua", -1), ("hqua", -1),
        ("hôm kia", -2), ("bữa kia", -2), ("hôm kìa", -3), // unaccented "kia" is the nearer one
        ("ngày mai", 1), ("ngày kia", 2), ("ngày mốt", 2),
    ];

    private static readonly string[] Titles = ["anh", "chị", "em", "cô", "bà", "ông", "bạn", "chú", "bác", "cháu", "con", "bé"];

    public static (ResolvedDay Day, int Length)? Read(TypedWords words, TimeScope scope, int at, bool afterPart)
    {
        foreach (var (phrase, days) in Phrases)
        {
            if (words.Match(at, phrase) is int n and > 0)
            {
                return (new ResolvedDay(scope.Today.AddDays(days)), n);
            }
        }
        int? bare = afterPart && words.Is(at, "nay") ? 0
            : afterPart && words.Is(at, "qua") ? -1
            : words.Is(at, "mai") && (afterPart || !IsName(words, at)) ? 1
            : words.Is(at, "mốt") && words[at].HasDiacritics ? 2 // "mot" alone is more often "một"
            : null;
        return bare is int offset ? (new ResolvedDay(scope.Today.AddDays(offset)), 1) : null;
    }

    /// <summary>"chị Mai", or "Mai" written as a name inside a sentence (not "MAI" in capitals).</summary>
    private static bool IsName(TypedWords words, int at) =>
        Titles.Any(t => words.Is(at - 1, t))
        || (at > 0 && words.Original(at) is var typed && char.IsUpper(typed[0]) && typed.Skip(1).Any(char.IsLower));
}
