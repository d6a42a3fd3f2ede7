using InternalTthc.Core.Text;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// The words of a text as the readers see them. A pattern is written with its diacritics;
/// a word typed with diacritics must match them exactly ("tôi" is not "tối"), a word typed
/// without them matches on its folded form ("toi" may be "tối").
/// </summary>
internal sealed class TypedWords
{
    private readonly string _text;
    private readonly List<Token> _words = [];
    private readonly HashSet<int> _breaks = [];

    /// <param name="tokens">All tokens of <paramref name="text"/>; punctuation becomes a break between words.</param>
    public TypedWords(string text, IReadOnlyList<Token> tokens)
    {
        _text = text;
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                _words.Add(token);
            }
            else
            {
                _breaks.Add(_words.Count);
            }
        }
    }

    public static TypedWords Of(string text) => new(text, Tokenizer.Split(text));

    public int Count => _words.Count;

    /// <summary>True when punctuation separates word <paramref name="at"/> from the word before it.</summary>
    public bool BreakBefore(int at) => _breaks.Contains(at);

    public Token this[int index] => _words[index];

    public bool Is(int at, string pattern) =>
        at >= 0 && at < _words.Count && (_words[at].HasDiacritics ? _words[at].Lower == pattern : _words[at].Folded == VietnameseText.Fold(pattern));

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

    /// <summary>Like <see cref="Match"/>, but every word must be typed exactly as the pattern, diacritics included.</summary>
    public int MatchExactly(int at, params string[] phrases) =>
        phrases.Select(p => p.Split(' ')).FirstOrDefault(parts => parts.Select((p, k) => at + k < _words.Count && _words[at + k].Lower == p).All(x => x))?.Length ?? 0;

    /// <summary>The word at <paramref name="at"/> as typed.</summary>
    public string Original(int at) => _text.Substring(_words[at].Start, _words[at].Length);

    /// <summary>The folded word at <paramref name="at"/>, or "" past the end.</summary>
    public string Folded(int at) => at >= 0 && at < _words.Count ? _words[at].Folded : "";

    /// <summary>The original-text span of words <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> - 1.</summary>
    public TextSpan Span(int from, int count) => new(_words[from].Start, _words[from + count - 1].End - _words[from].Start);
}
