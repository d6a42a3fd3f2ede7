using System.Diagnostics;
using System.Globalization;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// Where a start spends its time: each step's moment since the process started and the process's CPU seconds then,
/// logged together once the service listens (category InternalTthc.Bot.Hosting.StartTimes, Information), so
/// <c>Logging__LogLevel__InternalTthc.Bot.Hosting.StartTimes=Information</c> shows them on a start at Warning.
/// </summary>
public sealed class StartTimes
{
    private readonly Lock gate = new();
    private readonly List<string> steps = [];
    private readonly DateTime processStart;

    public StartTimes()
    {
        using var process = Process.GetCurrentProcess();
        processStart = process.StartTime.ToUniversalTime();
        Mark("composing");
    }

    public void Mark(string step)
    {
        using var process = Process.GetCurrentProcess();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{step}: {(DateTime.UtcNow - processStart).TotalSeconds:F2} s, CPU {process.TotalProcessorTime.TotalSeconds:F2} s");
        lock (gate)
        {
            steps.Add(line);
        }
    }

    public void Log(ILogger<StartTimes> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        lock (gate)
        {
            logger.LogInformation("Start: {Steps}", string.Join("; ", steps));
        }
    }
}
