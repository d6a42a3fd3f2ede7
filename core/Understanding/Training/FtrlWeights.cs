namespace InternalTthc.Core.Understanding.Training;

/// <summary>
/// Weights learnt by FTRL-Proximal (McMahan et al., 2013): each weight keeps its summed gradients (z)
/// and squared gradients (n); it is zero while |z| stays within the L1 strength.
/// </summary>
internal sealed class FtrlWeights(int count, TrainingSettings settings)
{
    private readonly double[] _z = new double[count];
    private readonly double[] _n = new double[count];

    public double Weight(int at)
    {
        double z = _z[at];
        return Math.Abs(z) <= settings.L1 ? 0 : -(z - Math.Sign(z) * settings.L1) / ((settings.Beta + Math.Sqrt(_n[at])) / settings.Alpha + settings.L2);
    }

    public void Update(int at, double gradient)
    {
        double n = _n[at], updated = n + gradient * gradient;
        double sigma = (Math.Sqrt(updated) - Math.Sqrt(n)) / settings.Alpha;
        _z[at] += gradient - sigma * Weight(at);
        _n[at] = updated;
    }
}
