namespace InternalTthc.Core.Questions;

/// <summary>The published answers of the question-and-answer section, searched where they are stored.</summary>
public interface IPublishedAnswers
{
    /// <summary>
    /// The answers that share the most search words with <paramref name="text"/> (any spelling, with or without
    /// diacritics), newest first among equals; the newest ones when the text has no search word. Only one
    /// jurisdiction's when <paramref name="jurisdictionCode"/> is given.
    /// </summary>
    Task<IReadOnlyList<PublishedAnswer>> SearchAsync(string? jurisdictionCode, string? text, int limit, CancellationToken cancellationToken);
}
