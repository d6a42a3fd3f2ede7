namespace InternalTthc.Core.Understanding.Training;

/// <summary>
/// How the kind model is trained (FTRL-Proximal, see <see cref="KindModelTrainer"/>), rows in a seeded
/// order, so the same corpus always gives the same model. Features seen fewer than <see cref="MinCount"/>
/// times are not learnt.
/// </summary>
public sealed record TrainingSettings
{
    public int Epochs { get; init; } = 30;
    public double Alpha { get; init; } = 0.5;
    public double Beta { get; init; } = 1;
    public double L1 { get; init; } = 1;
    public double L2 { get; init; } = 0.001;
    public int MinCount { get; init; } = 2;
    public int Seed { get; init; } = 20261206;
}
