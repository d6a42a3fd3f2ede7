using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Questions;

/// <summary>
/// What a published answer is found by, kept beside it in the store: the search words of its agency, question and
/// answer, each between spaces, so a word searched for (also between spaces) matches whole words only.
/// </summary>
public static class AnswerSearchText
{
    public static string Of(PublishedAnswer answer) => $" {string.Join(' ', SearchTerms.Of($"{answer.Agency} {answer.Question} {answer.Answer}"))} ";

    /// <summary>The words of a search, each as it appears in the stored text.</summary>
    public static IReadOnlyList<string> Query(string? text) => [.. SearchTerms.Of(text ?? "").Select(w => $" {w} ")];
}
