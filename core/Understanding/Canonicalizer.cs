using System.Collections.Frozen;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Turns text into the words the recognizer compares: folded, short forms expanded
/// (<see cref="ShortForms.All"/>, longest first) and multi-word concepts joined with '_'
/// ("quên mk email" -> quen, mat_khau, hop_thu_dien_tu). Punctuation is dropped.
/// </summary>
internal static class Canonicalizer
{
    private static readonly FrozenDictionary<string, Rule[]> RulesByFirstWord = ShortForms.All
        .Select(s => new Rule(Words(s.From, fold: false).Select(w => new RuleWord(w, VietnameseText.Fold(w) != w)).ToArray(), Words(s.To, fold: true)))
        .GroupBy(r => VietnameseText.Fold(r.From[0].Text))
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(r => r.From.Length).ToArray());

    private static readonly FrozenDictionary<string, string[][]> ConceptsByFirstWord = ShortForms.Concepts
        .Select(c => c.Split(' '))
        .GroupBy(c => c[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.Length).ToArray());

    public static IReadOnlyList<string> Words(string text) => Words(Tokenizer.Split(text));

    public static IReadOnlyList<string> Words(IReadOnlyList<Token> tokens) => JoinConcepts(Expand(tokens.Where(t => t.IsWord).ToList()));

    private static List<string> Expand(List<Token> words)
    {
        var output = new List<string>(words.Count);
        for (int i = 0; i < words.Count;)
        {
            var rule = RulesByFirstWord.TryGetValue(words[i].Folded, out var rules) ? rules.FirstOrDefault(r => r.Matches(words, i)) : null;
            if (rule is null)
            {
                output.Add(words[i++].Folded);
                continue;
            }
            output.AddRange(rule.To);
            i += rule.From.Length;
        }
        return output;
    }

    private static List<string> JoinConcepts(List<string> words)
    {
        var output = new List<string>(words.Count);
        for (int i = 0; i < words.Count;)
        {
            var concept = ConceptsByFirstWord.TryGetValue(words[i], out var concepts)
                ? concepts.FirstOrDefault(c => i + c.Length <= words.Count && c.Select((w, k) => w == words[i + k]).All(x => x))
                : null;
            output.Add(concept is null ? words[i] : string.Join('_', concept));
            i += concept?.Length ?? 1;
        }
        return output;
    }

    private static string[] Words(string phrase, bool fold) =>
        (fold ? VietnameseText.Fold(phrase) : phrase.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A short form; a word of <see cref="From"/> written with diacritics must be typed with them.</summary>
    private sealed record Rule(RuleWord[] From, string[] To)
    {
        public bool Matches(List<Token> words, int at) =>
            at + From.Length <= words.Count
            && From.Select((w, k) => (w.Exact ? words[at + k].Lower : words[at + k].Folded) == w.Text).All(x => x);
    }

    private readonly record struct RuleWord(string Text, bool Exact);
}
