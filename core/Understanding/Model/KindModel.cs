using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace InternalTthc.Core.Understanding.Model;

/// <summary>
/// A multinomial logistic regression over <see cref="KindFeatures"/>: one weight per feature and kind,
/// a bias per kind, and the confidence thresholds. Built by <see cref="Training.KindModelTrainer"/>
/// (`dotnet run --project bot -- understanding train`) and shipped inside the assembly
/// (Model/kinds.model), read once at start.
/// </summary>
public sealed class KindModel
{
    private const string ResourceName = "InternalTthc.Core.Understanding.Model.kinds.model";
    private const double WeightScale = 10_000; // weights are written as integers of 1/10 000

    private static readonly Lazy<KindModel> ShippedModel = new(LoadShipped);

    private readonly FrozenDictionary<string, (int Kind, double Weight)[]> _weights;
    private readonly double[] _bias;

    internal KindModel(IReadOnlyList<UtteranceKind> kinds, IReadOnlyDictionary<string, (int Kind, double Weight)[]> weights, double[] bias, KindThresholds thresholds)
    {
        Kinds = kinds;
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        _bias = bias;
        Thresholds = thresholds;
    }

    /// <summary>The model shipped with the service.</summary>
    public static KindModel Shipped => ShippedModel.Value;

    public IReadOnlyList<UtteranceKind> Kinds { get; }

    public KindThresholds Thresholds { get; }

    public KindModel WithThresholds(KindThresholds thresholds) => new(Kinds, _weights, _bias, thresholds);

    /// <summary>Every kind with its probability, most likely first.</summary>
    public IReadOnlyList<KindScore> Predict(string text)
    {
        var scores = (double[])_bias.Clone();
        foreach (var (name, value) in KindFeatures.Of(text))
        {
            if (_weights.TryGetValue(name, out var row))
            {
                foreach (var (kind, weight) in row) scores[kind] += weight * value;
            }
        }
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select((e, i) => new KindScore(Kinds[i], e / sum)).OrderByDescending(s => s.Probability).ThenBy(s => s.Kind)];
    }

    public void Write(TextWriter writer, string header)
    {
        writer.Write(header);
        writer.Write($"kinds\t{string.Join('\t', Kinds.Select(UtteranceKinds.Name))}\n");
        writer.Write(FormattableString.Invariant($"thresholds\t{Thresholds.High:0.00}\t{Thresholds.Low:0.00}\n"));
        writer.Write($"bias\t{string.Join(' ', _bias.Select(Scaled))}\n");
        foreach (var (name, row) in _weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            writer.Write($"{name}\t{string.Join(' ', row.Select(w => $"{w.Kind}:{Scaled(w.Weight)}"))}\n");
        }
    }

    public static KindModel Read(TextReader reader)
    {
        List<UtteranceKind>? kinds = null;
        KindThresholds? thresholds = null;
        double[]? bias = null;
        var weights = new Dictionary<string, (int, double)[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            var (key, rest) = (line[..tab], line[(tab + 1)..]);
            switch (key)
            {
                case "kinds":
                    kinds = [.. rest.Split('\t').Select(n => UtteranceKinds.Parse(n) ?? throw new InvalidDataException($"unknown kind '{n}'"))];
                    break;
                case "thresholds":
                    var t = rest.Split('\t').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                    thresholds = new KindThresholds(t[0], t[1]);
                    break;
                case "bias":
                    bias = [.. rest.Split(' ').Select(Unscaled)];
                    break;
                default:
                    weights[key] = [.. rest.Split(' ').Select(pair => pair.Split(':')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), Unscaled(p[1])))];
                    break;
            }
        }
        if (kinds is null || thresholds is null || bias is null || bias.Length != kinds.Count)
        {
            throw new InvalidDataException("the kind model lacks its kinds, thresholds or bias");
        }
        return new KindModel(kinds, weights, bias, thresholds);
    }

    private static KindModel LoadShipped()
    {
        using var stream = typeof(KindModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>A weight as written: an integer of 1/10 000 (what <see cref="Round"/> keeps).</summary>
    private static string Scaled(double weight) => ((long)Math.Round(weight * WeightScale)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A weight as the file keeps it, so a trained model predicts exactly as it will once written and read.</summary>
    internal static double Round(double weight) => Math.Round(weight * WeightScale) / WeightScale;

    private static double Unscaled(string text) => long.Parse(text, CultureInfo.InvariantCulture) / WeightScale;
}
