using System.Globalization;

namespace InternalTthc.Load;

/// <summary>
/// What one scenario measured: its actions per second, latency percentiles (for reminders, the delivery lag), the bot's CPU
/// and peak memory, and errors.
/// </summary>
public sealed record ScenarioReport(string Name, int Connections, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, int Errors, TimeSpan Cpu, long PeakMegabytes)
{
    public double PerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    /// <summary>The scenario's own check, printed under its figures; null when it has none.</summary>
    public ScenarioVerdict? Verdict { get; init; }

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The bot's CPU over the scenario, as a share of the machine's cores.</summary>
    public double CpuPercent => Cpu.TotalSeconds / Elapsed.TotalSeconds / Environment.ProcessorCount * 100;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-9} {Connections,4} users  {PerSecond,8:F1}/s  p50 {Percentile(50),7:F1} ms  p95 {Percentile(95),7:F1} ms  p99 {Percentile(99),7:F1} ms  " +
        $"CPU {CpuPercent,5:F1}% of {Environment.ProcessorCount} cores  peak {PeakMegabytes} MB  errors {Errors} of {LatenciesMs.Count + Errors}{VerdictLine}");

    private string VerdictLine => Verdict is { } v ? $"{Environment.NewLine}          {v.Line}" : "";
}
