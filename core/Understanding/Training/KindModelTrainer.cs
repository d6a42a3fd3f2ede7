using InternalTthc.Core.Understanding.Model;

namespace InternalTthc.Core.Understanding.Training;

/// <summary>
/// Trains the kind model on corpus rows: multinomial logistic regression by FTRL-Proximal (per-weight
/// rates, L1 and L2), rows shuffled by a seeded generator each epoch. L1 leaves most weights at zero,
/// so the shipped file stays small. Plain double arithmetic in a fixed order: a corpus and settings
/// always give the same weights.
/// </summary>
public static class KindModelTrainer
{
    public static KindModel Train(IReadOnlyList<CorpusRow> rows, TrainingSettings settings, KindThresholds thresholds)
    {
        var kinds = Enum.GetValues<UtteranceKind>();
        var samples = rows.Select(r => (Features: KindFeatures.Of(r.Text), Kind: Array.IndexOf(kinds, r.Kind))).ToList();
        var index = Vocabulary(samples.Select(s => s.Features), settings.MinCount);
        var vectors = samples
            .Select(s => (Features: s.Features.Where(f => index.ContainsKey(f.Name)).Select(f => (Index: index[f.Name], f.Value)).Append((index.Count, 1.0)).ToArray(), s.Kind))
            .ToList();

        var learner = new FtrlWeights((index.Count + 1) * kinds.Length, settings);
        var random = new Random(settings.Seed);
        var order = Enumerable.Range(0, vectors.Count).ToArray();
        var scores = new double[kinds.Length];
        for (int epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, kind) = vectors[i];
                Probabilities(learner, features, scores);
                for (int c = 0; c < kinds.Length; c++)
                {
                    double error = scores[c] - (c == kind ? 1 : 0);
                    foreach (var (row, value) in features)
                    {
                        learner.Update(row * kinds.Length + c, error * value);
                    }
                }
            }
        }

        int k = kinds.Length;
        var weights = new Dictionary<string, (int Kind, double Weight)[]>(StringComparer.Ordinal);
        foreach (var (name, row) in index)
        {
            var kept = Enumerable.Range(0, k).Select(c => (Kind: c, Weight: KindModel.Round(learner.Weight(row * k + c)))).Where(w => w.Weight != 0).ToArray();
            if (kept.Length > 0) weights[name] = kept;
        }
        var bias = Enumerable.Range(0, k).Select(c => KindModel.Round(learner.Weight(index.Count * k + c))).ToArray();
        return new KindModel(kinds, weights, bias, thresholds);
    }

    /// <summary>Features seen at least <paramref name="minCount"/> times, numbered in ordinal order.</summary>
    private static Dictionary<string, int> Vocabulary(IEnumerable<IReadOnlyList<(string Name, double Value)>> samples, int minCount) =>
        samples.SelectMany(s => s.Select(f => f.Name))
            .GroupBy(n => n, StringComparer.Ordinal)
            .Where(g => g.Count() >= minCount)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .Select((name, i) => (name, i))
            .ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

    private static void Probabilities(FtrlWeights learner, (int Index, double Value)[] features, double[] scores)
    {
        int k = scores.Length;
        Array.Clear(scores);
        foreach (var (row, value) in features)
        {
            for (int c = 0; c < k; c++) scores[c] += learner.Weight(row * k + c) * value;
        }
        double max = scores.Max(), sum = 0;
        for (int c = 0; c < k; c++) sum += scores[c] = Math.Exp(scores[c] - max);
        for (int c = 0; c < k; c++) scores[c] /= sum;
    }
}
