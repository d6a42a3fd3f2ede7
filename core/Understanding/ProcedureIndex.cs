using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// The catalog as phrases to score, built once. A word's weight is ln(1 + N / df): N procedures
/// in the catalog, df of them using the word in a keyword or name, so "dti" or "virus" (one or two
/// procedures) outweighs "hộp thư điện tử" (most of them). Nothing here names a procedure: a new
/// catalog entry is recognised from its own keywords.
/// </summary>
internal sealed class ProcedureIndex
{
    private readonly Dictionary<string, List<IndexedProcedure>> _byJurisdiction;

    public ProcedureIndex(ProcedureCatalog catalog)
    {
        var procedures = catalog.Procedures.ToList();
        var words = procedures.ToDictionary(p => p.Code, p => PhraseTexts(p).SelectMany(Canonical).ToHashSet(StringComparer.Ordinal));
        var weights = words.Values.SelectMany(w => w)
            .GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log(1 + (double)procedures.Count / g.Count()), StringComparer.Ordinal);
        Phrase ToPhrase(string text)
        {
            var canonical = Canonical(text);
            return new Phrase(canonical, canonical.Distinct().ToDictionary(w => w, w => weights.GetValueOrDefault(w), StringComparer.Ordinal));
        }
        _byJurisdiction = procedures
            .Select(p => new IndexedProcedure(p,
                PhraseTexts(p).Select(ToPhrase).ToList(),
                p.SubCases.Select(s => (s, (IReadOnlyList<Phrase>)SubCaseTexts(s).Select(ToPhrase).ToList())).ToList()))
            .GroupBy(p => p.Procedure.JurisdictionCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        RawWords = procedures.SelectMany(PhraseTexts).SelectMany(FoldedWords).ToHashSet(StringComparer.Ordinal);
        KnownWords = procedures.SelectMany(DescriptiveTexts).SelectMany(FoldedWords).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Folded words of every keyword and name, as typed (worth correcting a typo to).</summary>
    public IReadOnlySet<string> RawWords { get; }

    /// <summary>Folded words of every text the catalog publishes (real words, never "corrected").</summary>
    public IReadOnlySet<string> KnownWords { get; }

    public IReadOnlyList<IndexedProcedure> For(string jurisdictionCode) =>
        _byJurisdiction.TryGetValue(jurisdictionCode, out var list) ? list : [];

    private static IEnumerable<string> PhraseTexts(Procedure p) =>
        p.Keywords.Append(p.Name).Concat(p.ShortName is { } s ? [s] : []).Concat(p.SubCases.SelectMany(SubCaseTexts));

    private static IEnumerable<string> SubCaseTexts(SubCase s) => s.Keywords.Append(s.Name);

    private static IEnumerable<string> DescriptiveTexts(Procedure p) =>
        new[] { p.Field, p.Published.Subjects, p.Published.Result, p.Published.Conditions }.OfType<string>()
            .Concat(p.Published.Steps).Concat(p.Published.DossierComponents).Concat(p.Stages)
            .Concat(p.Form.SelectMany(f => new[] { f.Label, f.Help ?? "" }))
            .Concat(p.SubCases.Select(s => s.Description ?? ""));

    private static IReadOnlyList<string> Canonical(string text) => Fillers.Remove(Canonicalizer.Words(text));

    private static IEnumerable<string> FoldedWords(string text) => Tokenizer.Split(text).Where(t => t.IsWord).Select(t => t.Folded);
}
