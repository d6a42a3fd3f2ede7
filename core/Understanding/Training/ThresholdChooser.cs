using InternalTthc.Core.Understanding.Model;

namespace InternalTthc.Core.Understanding.Training;

/// <summary>
/// Chooses the confidence bands on the dev split. The high threshold is the lowest that starts no wrong
/// procedure on dev even with <see cref="Margin"/> less confidence, and never below <see cref="Floor"/>:
/// the bot acts only when it is at least that sure, and asks otherwise. The low threshold is then the
/// highest that gets the most dev messages right (asking "Ý bạn là …?" helps a real request, but not
/// out-of-scope text).
/// </summary>
public static class ThresholdChooser
{
    public const double Margin = 0.05;
    public const double Floor = 0.75;
    private const double Step = 0.01;

    public static KindThresholds Choose(KindModel model, IReadOnlyList<CorpusRow> dev)
    {
        var reader = new KindReader(model.WithThresholds(new KindThresholds(0, 0)));
        var readings = dev.Select(r => (r.Kind, Reading: reader.Read(r.Text))).ToList();
        double high = Floor;
        foreach (var (kind, reading) in readings.Where(x => x.Reading.Scores.Count > 0 && x.Reading.Kind != x.Kind && UtteranceKinds.AsRequest(x.Reading.Kind) is not null))
        {
            high = Math.Max(high, Math.Ceiling((reading.Scores[0].Probability + Margin) / Step) * Step);
        }
        high = Math.Min(high, 1);

        var best = (Low: Step, Right: -1);
        for (double low = Step; low < high; low += Step)
        {
            var thresholds = new KindThresholds(high, Math.Round(low, 2));
            int right = readings.Count(x => KindJudge.Judge(x.Kind, Rebanded(x.Reading, thresholds)) == KindOutcome.Right);
            if (right >= best.Right) best = (thresholds.Low, right);
        }
        return new KindThresholds(Math.Round(high, 2), best.Low);
    }

    /// <summary>A model reading seen with other thresholds (a reader's finding stays high).</summary>
    private static KindReading Rebanded(KindReading reading, KindThresholds thresholds) =>
        reading.Scores.Count == 0 ? reading : reading with { Band = thresholds.BandOf(reading.Scores[0].Probability) };
}
