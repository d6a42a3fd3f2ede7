namespace InternalTthc.Core.Understanding.Training;

/// <summary>One corpus row, what the reader made of it, and the outcome.</summary>
public sealed record KindJudgement(CorpusRow Row, KindReading Reading, KindOutcome Outcome)
{
    /// <summary>The kind acted on or offered first; <see cref="UtteranceKind.Other"/> when nothing is started (low band).</summary>
    public UtteranceKind Shown => Reading.Band == ConfidenceBand.Low ? UtteranceKind.Other : Reading.Kind;

    /// <summary>For a facts question read as facts: whether the procedure kind asked about was found.</summary>
    public bool? AboutRight => Row is { Kind: UtteranceKind.Facts, About: { } about } && Reading.Kind == UtteranceKind.Facts ? Reading.About == about : null;

    /// <summary>For a facts question with a labelled topic read as facts: whether the topic was found.</summary>
    public bool? TopicRight => Row is { Kind: UtteranceKind.Facts, Topic: { } topic } && Reading.Kind == UtteranceKind.Facts ? Reading.Topic == topic : null;
}
