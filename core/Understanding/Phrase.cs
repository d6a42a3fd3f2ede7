namespace InternalTthc.Core.Understanding;

/// <summary>One keyword or name of the catalog in canonical words, with the weight of each distinct word.</summary>
internal sealed record Phrase(IReadOnlyList<string> Words, IReadOnlyDictionary<string, double> Weights)
{
    public double Total { get; } = Weights.Values.Sum();

    /// <summary>
    /// The share of the phrase's weight found among <paramref name="present"/> (0..1); 0 when only one
    /// word of a longer phrase is there, since one shared word ("thôi" of "thôi việc") is chance.
    /// </summary>
    public double Coverage(IReadOnlySet<string> present)
    {
        var found = Weights.Where(w => w.Value > 0 && present.Contains(w.Key)).ToList();
        int words = Weights.Count(w => w.Value > 0);
        return Total == 0 || (found.Count < 2 && found.Count < words) ? 0 : found.Sum(w => w.Value) / Total;
    }

    /// <summary>
    /// True when the phrase's words found in <paramref name="words"/> sit near one another (within the
    /// phrase's length plus two), so "bộ phận ... nhiễm" does not pass for "bổ nhiệm" once folded.
    /// </summary>
    public bool IsCloseIn(IReadOnlyList<string> words)
    {
        var positions = Words.Distinct().Select(w => IndexOf(words, w)).Where(i => i >= 0).ToList();
        return positions.Count <= 1 || positions.Max() - positions.Min() < Words.Count + 2;
    }

    private static int IndexOf(IReadOnlyList<string> words, string word)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when the phrase appears word for word, in order, in <paramref name="words"/>.</summary>
    public bool OccursIn(IReadOnlyList<string> words)
    {
        for (int i = 0; i + Words.Count <= words.Count; i++)
        {
            int k = 0;
            while (k < Words.Count && words[i + k] == Words[k])
            {
                k++;
            }
            if (k == Words.Count)
            {
                return true;
            }
        }
        return false;
    }
}
