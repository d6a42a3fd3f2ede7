namespace InternalTthc.Core.Understanding.Training;

/// <summary>Judges a reading against a label, as the benchmark and the threshold choice both count.</summary>
public static class KindJudge
{
    public static KindOutcome Judge(UtteranceKind expected, KindReading reading)
    {
        bool outOfScope = reading.Kind == UtteranceKind.Other || reading.Band == ConfidenceBand.Low;
        if (outOfScope)
        {
            return expected == UtteranceKind.Other ? KindOutcome.Right : KindOutcome.NotUnderstood;
        }
        if (reading.Band == ConfidenceBand.Middle)
        {
            return expected != UtteranceKind.Other && reading.Choices.Take(KindReader.MaxChoices).Contains(expected) ? KindOutcome.Right : KindOutcome.WrongChoices;
        }
        if (reading.Kind == expected)
        {
            return KindOutcome.Right;
        }
        return UtteranceKinds.AsRequest(reading.Kind) is not null ? KindOutcome.WrongStart : KindOutcome.WrongAnswer;
    }
}
