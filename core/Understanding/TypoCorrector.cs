using System.Collections.Frozen;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Replaces a word of 4+ letters that is one edit away from a word the recognizer scores ("hopp",
/// "khua") with that word. Words seen anywhere in the catalog's texts are never touched, so a real
/// word is not "corrected" into a keyword.
/// </summary>
internal sealed class TypoCorrector
{
    private const int MinLength = 4;

    private readonly FrozenSet<string> _known;
    private readonly FrozenDictionary<int, string[]> _targetsByLength;

    /// <param name="targets">Folded words worth correcting to (the words of keywords, names, commands).</param>
    /// <param name="known">Folded words that are right as typed.</param>
    public TypoCorrector(IEnumerable<string> targets, IEnumerable<string> known)
    {
        var targetSet = targets.Where(w => w.Length >= MinLength && w.All(char.IsLetter)).ToHashSet(StringComparer.Ordinal);
        _known = known.Concat(targetSet).ToFrozenSet(StringComparer.Ordinal);
        _targetsByLength = targetSet.GroupBy(w => w.Length)
            .ToFrozenDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    public IReadOnlyList<Token> Correct(IReadOnlyList<Token> tokens) => tokens.Select(Correct).ToList();

    private Token Correct(Token token)
    {
        var word = token.Folded;
        if (!token.IsWord || word.Length < MinLength || _known.Contains(word) || !word.All(char.IsLetter))
        {
            return token;
        }
        // Same length first (a wrong or swapped letter is the commonest slip), then one letter missing or extra.
        foreach (int length in new[] { word.Length, word.Length - 1, word.Length + 1 })
        {
            if (_targetsByLength.TryGetValue(length, out var targets) && targets.FirstOrDefault(t => EditDistance.WithinOne(word, t)) is { } fixedWord)
            {
                return token with { Lower = fixedWord, Folded = fixedWord };
            }
        }
        return token;
    }
}
