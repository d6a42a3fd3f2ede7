namespace InternalTthc.Core.Understanding;

/// <summary>One keyword or name of the catalog in canonical words, with the weight of each distinct word.</summary>
public sealed record Phrase(IReadOnlyList<string> Words, IReadOnlyDictionary<string, double> Weights)
{
    public double Total { get; } = Weights.Values.Sum();

    /// <summary>The share of the phrase's weight found among <paramref name="present"/> (0..1).</summary>
    public double Coverage(IReadOnlySet<string> present) =>
        Total == 0 ? 0 : Weights.Where(w => present.Contains(w.Key)).Sum(w => w.Value) / Total;

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
