namespace InternalTthc.Core.Understanding;

/// <summary>
/// Scores the procedures of a jurisdiction against the canonical words of a message.
/// A phrase (keyword, name) "fires" when at least <see cref="FireAt"/> of its weight is present, in
/// two words or more (or all of a one-word phrase), close together. Each word of the message then
/// earns its weight times the coverage of the best fired phrase containing it (times
/// <see cref="ScatteredFactor"/> when the phrase's words are not in order).
/// A procedure's score is the sum, so it wins by explaining more of what was typed, not by having
/// more keywords. Once a procedure has a fired phrase, the message's other words found in any of
/// its keywords earn <see cref="VocabularyFactor"/> of their weight ("cấp tỉnh" tells the province
/// procedure from the district one although no keyword has "tỉnh" in full). Sub-cases are scored
/// on their own phrases, with the stricter <see cref="SubCaseFireAt"/> since those are two or three words.
/// </summary>
internal static class ProcedureScorer
{
    public const double FireAt = 0.6;
    public const double SubCaseFireAt = 0.75;
    public const double ScatteredFactor = 0.8;
    public const double VocabularyFactor = 0.3;

    public static IReadOnlyList<ProcedureMatch> Score(IReadOnlyList<string> words, IReadOnlyList<IndexedProcedure> procedures)
    {
        var present = words.ToHashSet(StringComparer.Ordinal);
        return Ranked(procedures.Select(p =>
        {
            var (score, matched) = Score(p.Phrases, words, present, FireAt);
            var others = score > 0 ? present.Where(w => !matched.Contains(w) && WeightIn(p, w) > 0).ToList() : [];
            return new ProcedureMatch(p.Procedure, BestSubCase(p, words, present),
                score + VocabularyFactor * others.Sum(w => WeightIn(p, w)), matched.Concat(others).ToHashSet(StringComparer.Ordinal));
        }));
    }

    /// <summary>
    /// When no phrase fires: the procedures whose keywords use every word of a short message
    /// ("email", "tài khoản"), scored by the words' weights, so the bot can ask which one is meant.
    /// </summary>
    public static IReadOnlyList<ProcedureMatch> Mentioning(IReadOnlyList<string> words, IReadOnlyList<IndexedProcedure> procedures)
    {
        var present = words.ToHashSet(StringComparer.Ordinal);
        return Ranked(procedures
            .Select(p => (p, Weights: present.Select(w => WeightIn(p, w)).ToList()))
            .Where(x => x.Weights.Count > 0 && x.Weights.All(w => w > 0))
            .Select(x => new ProcedureMatch(x.p.Procedure, null, x.Weights.Sum(), present)));
    }

    /// <summary>The word's weight if any phrase of the procedure uses it, else 0.</summary>
    private static double WeightIn(IndexedProcedure procedure, string word) => procedure.Phrases.Max(f => f.Weights.GetValueOrDefault(word));

    private static List<ProcedureMatch> Ranked(IEnumerable<ProcedureMatch> matches) =>
        matches.Where(m => m.Score > 0).OrderByDescending(m => m.Score).ToList();

    private static Catalog.SubCase? BestSubCase(IndexedProcedure procedure, IReadOnlyList<string> words, IReadOnlySet<string> present)
    {
        var ranked = procedure.SubCases
            .Select(s => (s.SubCase, Score(s.Phrases, words, present, SubCaseFireAt).Score))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ToList();
        // Two sub-cases named equally strongly: let the form ask rather than guess.
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Score > ranked[1].Score) ? ranked[0].SubCase : null;
    }

    private static (double Score, IReadOnlySet<string> Matched) Score(
        IReadOnlyList<Phrase> phrases, IReadOnlyList<string> words, IReadOnlySet<string> present, double fireAt)
    {
        var credit = new Dictionary<string, (double Factor, double Weight)>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            double coverage = phrase.Coverage(present);
            if (coverage < fireAt || !phrase.IsCloseIn(words))
            {
                continue;
            }
            double factor = coverage * (phrase.OccursIn(words) ? 1 : ScatteredFactor);
            foreach (var (word, weight) in phrase.Weights.Where(w => w.Value > 0 && present.Contains(w.Key)))
            {
                credit[word] = (Math.Max(credit.GetValueOrDefault(word).Factor, factor), weight);
            }
        }
        return (credit.Values.Sum(c => c.Factor * c.Weight), credit.Keys.ToHashSet(StringComparer.Ordinal));
    }
}
