using InternalTthc.Core.Text;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// The words of a text as the time readers see them. A pattern is written with its diacritics;
/// a word typed with diacritics must match them exactly ("tôi" is not "tối"), a word typed
/// without them matches on its folded form ("toi" may be "tối").
/// </summary>
public sealed class TimeWords(string text, IReadOnlyList<Token> words)
{
    public int Count => words.Count;

    public Token this[int index] => words[index];

    public bool Is(int at, string pattern) =>
        at >= 0 && at < words.Count && (words[at].HasDiacritics ? words[at].Lower == pattern : words[at].Folded == VietnameseText.Fold(pattern));

    /// <summary>The number of words of the first phrase (space-separated, listed longest first) found at <paramref name="at"/>, or 0.</summary>
    public int Match(int at, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var parts = phrase.Split(' ');
            if (parts.Select((p, k) => Is(at + k, p)).All(x => x))
            {
                return parts.Length;
            }
        }
        return 0;
    }

    /// <summary>The word at <paramref name="at"/> as typed.</summary>
    public string Original(int at) => text.Substring(words[at].Start, words[at].Length);

    /// <summary>The folded word at <paramref name="at"/>, or "" past the end.</summary>
    public string Folded(int at) => at >= 0 && at < words.Count ? words[at].Folded : "";

    /// <summary>The original-text span of words <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> - 1.</summary>
    public TextSpan Span(int from, int count) => new(words[from].Start, words[from + count - 1].End - words[from].Start);
}
