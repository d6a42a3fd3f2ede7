using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// The sub-case of a procedure a message means: the only one serving the kind read, else the one whose
/// keywords or name the message uses most fully (a keyword counts when all its words are there);
/// none when two tie or nothing tells, so the form asks.
/// </summary>
internal static class SubCaseChooser
{
    public static SubCase? Choose(Procedure procedure, RequestKind kind, IReadOnlyList<string> words)
    {
        var ofKind = procedure.SubCases.Where(s => s.Kind == kind).ToList();
        if (ofKind.Count == 1)
        {
            return ofKind[0];
        }
        var candidates = ofKind.Count > 0 ? ofKind : procedure.SubCases.Where(s => s.Kind is null).ToList();
        var present = words.ToHashSet(StringComparer.Ordinal);
        var ranked = candidates
            .Select(s => (SubCase: s, Score: s.Keywords.Append(s.Name).Select(Phrase).Where(p => p.Count > 0 && p.All(present.Contains)).Select(p => p.Count).DefaultIfEmpty(0).Max()))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ToList();
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Score > ranked[1].Score) ? ranked[0].SubCase : null;
    }

    private static IReadOnlyList<string> Phrase(string text) => Fillers.Remove(Canonicalizer.Words(text));
}
