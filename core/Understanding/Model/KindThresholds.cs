namespace InternalTthc.Core.Understanding.Model;

/// <summary>
/// The confidence bands, chosen on the dev split when the model is trained: from <see cref="High"/>
/// the bot acts on the kind; from <see cref="Low"/> it asks "Ý bạn là …?"; below it says it did not understand.
/// </summary>
public sealed record KindThresholds(double High, double Low)
{
    public ConfidenceBand BandOf(double probability) =>
        probability >= High ? ConfidenceBand.High : probability >= Low ? ConfidenceBand.Middle : ConfidenceBand.Low;
}
