using System.Globalization;

namespace InternalTthc.Load;

/// <summary>Judges messages' arrival moments against a configured send rate: at least 95 % of it reached, no second above it.</summary>
public static class SendRate
{
    public const double Enough = 0.95;

    public static ScenarioVerdict Judge(IReadOnlyList<DateTimeOffset> arrivals, int configured)
    {
        if (arrivals.Count < 2)
        {
            return new ScenarioVerdict(false, $"send rate: {arrivals.Count} messages arrived, too few to judge");
        }

        var sorted = arrivals.Order().ToList();
        var achieved = (sorted.Count - 1) / (sorted[^1] - sorted[0]).TotalSeconds;
        var busiest = BusiestSecond(sorted);
        var met = achieved >= Enough * configured && busiest <= configured;
        return new ScenarioVerdict(met, string.Create(CultureInfo.InvariantCulture,
            $"send rate: configured {configured}/s, achieved {achieved:F1}/s ({achieved / configured:P1}), busiest second {busiest} — {(met ? "PASS" : "FAIL")} (≥ {Enough:P0}, never above)"));
    }

    /// <summary>The most arrivals in any one second, [t, t + 1 s) from each arrival on.</summary>
    public static int BusiestSecond(IReadOnlyList<DateTimeOffset> sorted)
    {
        var (busiest, first) = (0, 0);
        for (var last = 0; last < sorted.Count; last++)
        {
            while (sorted[last] - sorted[first] >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            busiest = Math.Max(busiest, last - first + 1);
        }

        return busiest;
    }
}
