using System.Text.RegularExpressions;

namespace InternalTthc.Core.Understanding.Model;

/// <summary>
/// The features the kind model reads from a message, in five groups: folded words ("mat", "khau"),
/// canonical words after chat spelling is expanded ("mk" -> "mat_khau", see <see cref="ShortForms"/>),
/// canonical word pairs, character 3- to 5-grams of the folded text (typos and spellings share most
/// of them), words as typed with their diacritics ("tôi" is not "tối"), and the topic a question
/// asks (<see cref="TopicReader"/>: "mất bao lâu", "cần giấy tờ gì"). Digits read as 0, so a
/// date or a count is a shape, not a word. Each group has unit length, so a long story weighs no more
/// than a short command.
/// </summary>
internal static partial class KindFeatures
{
    private const int MinGram = 3;
    private const int MaxGram = 5;
    private const int ShortGroup = 3;

    public static IReadOnlyList<(string Name, double Value)> Of(string text)
    {
        var tokens = Tokenizer.Split(text);
        var words = tokens.Where(t => t.IsWord).ToList();
        var folded = words.Select(t => Digits(t.Folded)).ToList();
        var canonical = Canonicalizer.Words(tokens).Select(Digits).ToList();
        var features = new List<(string, double)>();
        Add(features, folded.Select(w => "w:" + w));
        Add(features, canonical.Select(w => "c:" + w));
        Add(features, Pairs(canonical).Select(p => "b:" + p));
        Add(features, Grams(" " + string.Join(' ', folded) + " ").Select(g => "x:" + g));
        Add(features, words.Where(t => t.HasDiacritics).Select(t => "d:" + Digits(t.Lower)));
        if (TopicReader.Read(Fillers.Remove(canonical)).Topic is { } topic)
        {
            features.Add(("t:" + topic, 3));
        }
        return features;
    }

    /// <summary>
    /// The group's distinct features, each 1/√n; a group of fewer than <see cref="ShortGroup"/> features
    /// counts as that many, so one or two words ("email") are weaker evidence than a sentence.
    /// </summary>
    private static void Add(List<(string, double)> features, IEnumerable<string> group)
    {
        var distinct = group.Distinct(StringComparer.Ordinal).ToList();
        double value = 1 / Math.Sqrt(Math.Max(distinct.Count, ShortGroup));
        features.AddRange(distinct.Select(f => (f, value)));
    }

    private static IEnumerable<string> Pairs(IReadOnlyList<string> words) =>
        Enumerable.Range(1, Math.Max(words.Count - 1, 0)).Select(i => words[i - 1] + " " + words[i]);

    private static IEnumerable<string> Grams(string text)
    {
        for (int n = MinGram; n <= MaxGram; n++)
        {
            for (int i = 0; i + n <= text.Length; i++)
            {
                yield return text.Substring(i, n);
            }
        }
    }

    private static string Digits(string word) => DigitRun().Replace(word, "0");

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRun();
}
