using System.Globalization;
using InternalTthc.Core.Understanding.Model;

namespace InternalTthc.Core.Understanding.Training;

/// <summary>
/// Builds the shipped kind model from the corpus folder: trains on the train split, chooses the
/// thresholds on the dev split, never reads the test split. The same corpus always gives the same text.
/// </summary>
public static class KindModelBuilder
{
    public const string Command = "dotnet run --project bot -- understanding train";

    public static (KindModel Model, string Text) Build(string corpusFolder, TrainingSettings? settings = null)
    {
        settings ??= new TrainingSettings();
        var train = Corpus.Read(corpusFolder, Corpus.Train);
        var dev = Corpus.Read(corpusFolder, Corpus.Dev);
        var trained = KindModelTrainer.Train(train, settings, new KindThresholds(1, 0));
        var model = trained.WithThresholds(ThresholdChooser.Choose(trained, dev));
        var header = FormattableString.Invariant($"# Kind model: built by `{Command}` from core/Understanding/Corpus ({train.Count} train rows; thresholds chosen on {dev.Count} dev rows).\n")
            + FormattableString.Invariant($"# Settings: epochs {settings.Epochs}, alpha {settings.Alpha}, beta {settings.Beta}, l1 {settings.L1}, l2 {settings.L2}, min count {settings.MinCount}, seed {settings.Seed}.\n")
            + "# Lines: kinds; thresholds high, low; bias; then one feature per line with kind:weight (weights in 1/10 000).\n";
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        model.Write(writer, header);
        return (model, writer.ToString());
    }
}
