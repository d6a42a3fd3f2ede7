namespace InternalTthc.Core.Understanding;

/// <summary>
/// The words a text is searched by, compared the way the recognizer compares: folded, short forms expanded and
/// concepts joined ("quên mk email" -> quen, mat_khau, hop_thu_dien_tu), fillers dropped, each word once.
/// </summary>
public static class SearchTerms
{
    public static IReadOnlyList<string> Of(string text) => [.. Fillers.Remove(Canonicalizer.Words(text)).Distinct(StringComparer.Ordinal)];
}
