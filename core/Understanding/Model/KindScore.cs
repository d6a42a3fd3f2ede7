namespace InternalTthc.Core.Understanding.Model;

/// <summary>How likely the model finds that a message is of <paramref name="Kind"/> (0 to 1; all kinds sum to 1).</summary>
public sealed record KindScore(UtteranceKind Kind, double Probability);
