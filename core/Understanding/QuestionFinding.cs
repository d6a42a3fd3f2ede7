namespace InternalTthc.Core.Understanding;

/// <summary>One problem of a question and the words that show it (the abbreviations, the symbols).</summary>
public sealed record QuestionFinding(QuestionProblem Problem, IReadOnlyList<string> Words)
{
    /// <summary>The reason in Vietnamese, as the bot tells the person.</summary>
    public string Message => UnderstandingText.Vietnamese($"Question.{Problem}", string.Join(", ", Words));

    public string MessageEnglish => UnderstandingText.English($"Question.{Problem}", string.Join(", ", Words));
}
