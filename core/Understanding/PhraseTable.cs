namespace InternalTthc.Core.Understanding;

/// <summary>
/// Phrases that each stand for one value (a command, a topic), compared in canonical words
/// without fillers, so "hồ sơ của tôi" and "ho so cua toi" are the same phrase.
/// </summary>
internal sealed class PhraseTable<T> where T : struct
{
    private readonly (T Value, string[] Words)[] _phrases;

    public PhraseTable(IEnumerable<(T Value, string Phrase)> phrases) =>
        _phrases = phrases
            .Select(p => (p.Value, Words: Fillers.Remove(Canonicalizer.Words(p.Phrase)).ToArray()))
            .Where(p => p.Words.Length > 0)
            .OrderByDescending(p => p.Words.Length)
            .ToArray();

    /// <summary>The value whose phrase is exactly <paramref name="words"/>.</summary>
    public T? Whole(IReadOnlyList<string> words) => FirstAt(words, 0, words.Count) is { } hit && hit.Length == words.Count ? hit.Value : default;

    /// <summary>The longest phrase at the start of <paramref name="words"/>, if any.</summary>
    public (T Value, int Length)? Leading(IReadOnlyList<string> words) => At(words, 0);

    /// <summary>The longest phrase starting at word <paramref name="start"/>, if any.</summary>
    public (T Value, int Length)? At(IReadOnlyList<string> words, int start) => FirstAt(words, start, words.Count - start);

    /// <summary>The first phrase found anywhere (longest at its position) and where it starts.</summary>
    public (T Value, int Start, int Length)? Find(IReadOnlyList<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (At(words, i) is { } hit)
            {
                return (hit.Value, i, hit.Length);
            }
        }
        return null;
    }

    private (T Value, int Length)? FirstAt(IReadOnlyList<string> words, int at, int room)
    {
        foreach (var (value, phrase) in _phrases)
        {
            if (phrase.Length <= room && StartsAt(phrase, words, at))
            {
                return (value, phrase.Length);
            }
        }
        return null;
    }

    // A loop, not LINQ: every turn's text is looked up here several times (a greeting allocated ≈ 3.5 KB in iterators).
    private static bool StartsAt(string[] phrase, IReadOnlyList<string> words, int at)
    {
        for (int k = 0; k < phrase.Length; k++)
        {
            if (phrase[k] != words[at + k]) return false;
        }
        return true;
    }
}
