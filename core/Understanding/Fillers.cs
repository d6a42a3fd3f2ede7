using System.Collections.Frozen;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Politeness, pronouns and particles ("cho em xin", "ạ", "nhé"): they say nothing about what is
/// asked, so they are dropped from the words and from every phrase before comparing.
/// </summary>
internal static class Fillers
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "ah", "nhe", "nha", "nhi", "di", "oi", "voi", "gium", "dum", "ho", "toi", "tui", "em", "minh",
        "anh", "chi", "ban", "bot", "cho", "xin", "vui", "long", "lam", "on", "hay", "muon", "la", "cua", "thi",
        "day", "vay", "the", "ve", "nua", "roi", "o", "tai", "nay", "de", "va", "nhung", "cac", "mot", "co", "duoc",
        "khong", "ne", "sao",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);

    public static IReadOnlyList<string> Remove(IReadOnlyList<string> words) => words.Where(w => !Words.Contains(w)).ToList();
}
