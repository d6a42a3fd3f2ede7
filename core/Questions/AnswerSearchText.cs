using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Questions;

/// <summary>
/// What a published answer is found by, kept beside it in the store: the search words of its agency, question and
/// answer, each between spaces, so a word searched for (also between spaces) matches whole words only.
/// </summary>
public static class AnswerSearchText
{
    public static string Of(PublishedAnswer answer) => $" {string.Join(' ', SearchTerms.Of($"{answer.Agency} {answer.Question} {answer.Answer}"))} ";

    /// <summary>Words a search counts: each is a parameter and a term of the ranking, and the page is open to anyone.</summary>
    public const int MaxWords = 8;

    /// <summary>The first <see cref="MaxWords"/> distinct words of a search, each as it appears in the stored text.</summary>
    public static IReadOnlyList<string> Query(string? text)
    {
        // Only the beginning is read: a word list need not be folded and expanded to the end of a very long text.
        var start = string.Join(' ', (text ?? "").Split((char[]?)null, MaxWords * 4 + 1, StringSplitOptions.RemoveEmptyEntries).Take(MaxWords * 4));
        return [.. SearchTerms.Of(start).Take(MaxWords).Select(w => $" {w} ")];
    }
}
