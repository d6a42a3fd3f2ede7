using System.Globalization;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>Time readings in the notation of the test data files.</summary>
internal static class TimeText
{
    /// <summary>"2026-04-23" for a whole day, "2026-04-23 06:00" for a moment, "A .. B" for a range.</summary>
    public static string Show(TimeReading r)
    {
        bool lastTick = r.End.TimeOfDay == TimeSpan.FromDays(1) - TimeSpan.FromTicks(1);
        var left = lastTick && r.Start.TimeOfDay == TimeSpan.Zero ? Day(r.Start) : Minutes(r.Start);
        var right = lastTick ? Day(r.End) : Minutes(r.End);
        return left == right ? left : $"{left} .. {right}";
    }

    private static string Minutes(DateTimeOffset m) => m.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset m) => m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
