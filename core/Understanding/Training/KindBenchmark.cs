namespace InternalTthc.Core.Understanding.Training;

/// <summary>
/// The corpus benchmark: every row of a split read by the <see cref="KindReader"/> (readers, then the
/// model and its bands) and judged (<see cref="KindJudge"/>). Wrong starts are counted apart from
/// messages not understood.
/// </summary>
public sealed class KindBenchmark
{
    private KindBenchmark(string split, IReadOnlyList<KindJudgement> judgements) => (Split, Judgements) = (split, judgements);

    public string Split { get; }

    public IReadOnlyList<KindJudgement> Judgements { get; }

    public static KindBenchmark Run(KindReader reader, string split, IReadOnlyList<CorpusRow> rows) =>
        new(split, [.. rows.Select(r => reader.Read(r.Text) is var reading ? new KindJudgement(r, reading, KindJudge.Judge(r.Kind, reading)) : null!)]);

    public int Count(KindOutcome outcome) => Judgements.Count(j => j.Outcome == outcome);

    public double Accuracy => Share(Judgements);

    public double HardAccuracy => Share([.. Judgements.Where(j => j.Row.Hard)]);

    public IReadOnlyList<KindJudgement> WrongStarts => [.. Judgements.Where(j => j.Outcome == KindOutcome.WrongStart)];

    /// <summary>Right ones that were asked ("Ý bạn là …?") rather than acted on.</summary>
    public int Asked => Judgements.Count(j => j.Outcome == KindOutcome.Right && j.Reading.Band == ConfidenceBand.Middle && j.Reading.Kind != UtteranceKind.Other);

    public static double Share(IReadOnlyCollection<KindJudgement> judgements) =>
        judgements.Count == 0 ? 1 : (double)judgements.Count(j => j.Outcome == KindOutcome.Right) / judgements.Count;
}
