using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Tells apart candidates that serve the same kind of request (two DTI procedures, two sub-cases of a
/// mailbox change) by the catalog's own words: the candidate one of whose keywords or names the message
/// uses fully and longest. None when two tie or nothing tells, so the person is asked.
/// </summary>
internal static class KeywordChooser
{
    /// <summary>The sub-case a message means: the only one serving the kind read, else the one its words name.</summary>
    public static SubCase? SubCase(Procedure procedure, RequestKind kind, IReadOnlyList<string> words)
    {
        var ofKind = procedure.SubCases.Where(s => s.Kind == kind).ToList();
        return ofKind.Count == 1 ? ofKind[0]
            : Best(ofKind.Count > 0 ? ofKind : [.. procedure.SubCases.Where(s => s.Kind is null)], s => s.Keywords.Append(s.Name), words);
    }

    /// <summary>The procedures serving a kind, or the one of them the words name.</summary>
    public static IReadOnlyList<Procedure> Procedures(IReadOnlyList<Procedure> serving, IReadOnlyList<string> words) =>
        serving.Count > 1 && Best(serving, p => p.Keywords.Append(p.Name).Concat(p.ShortName is { } s ? [s] : []), words) is { } named ? [named] : serving;

    private static T? Best<T>(IReadOnlyList<T> candidates, Func<T, IEnumerable<string>> phrases, IReadOnlyList<string> words) where T : class
    {
        var present = words.ToHashSet(StringComparer.Ordinal);
        var ranked = candidates
            .Select(c => (Candidate: c, Score: phrases(c).Select(Phrase).Where(p => p.Count > 0 && p.All(present.Contains)).Select(p => p.Count).DefaultIfEmpty(0).Max()))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ToList();
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Score > ranked[1].Score) ? ranked[0].Candidate : null;
    }

    private static IReadOnlyList<string> Phrase(string text) => Fillers.Remove(Canonicalizer.Words(text));
}
