using System.Globalization;

namespace InternalTthc.Load;

/// <summary>
/// What the harness measures before the scenarios: start to ready, start to the first answered turn (one greeting, its
/// menu checked), and with <see cref="LoadOptions.GreetAll"/> the memory once every sender's conversation has state.
/// </summary>
public static class Opening
{
    public static async Task<string> RunAsync(LoadOptions options, BotInstances bot, ChannelClient client, ChannelStandIn channel)
    {
        var first = bot.First;
        var line = string.Create(CultureInfo.InvariantCulture, $"bot ready in {first.StartTime.TotalSeconds:F2} s");
        var cpuAtReady = first.CpuTime;
        if (await new GreetingScenario().RunAsync(0, client, channel, CancellationToken.None) is null)
        {
            throw new InvalidOperationException("The first turn was not answered with the menu.");
        }

        line += string.Create(CultureInfo.InvariantCulture,
            $", first turn answered at {first.SinceStart.TotalSeconds:F2} s (CPU {cpuAtReady.TotalSeconds:F2} s at ready, {first.CpuTime.TotalSeconds:F2} s at the first answer)");
        if (bot.Count > 1)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"; {bot.Count} instances, all ready in {bot.StartTime.TotalSeconds:F2} s");
        }

        return options.GreetAll ? line + Environment.NewLine + await GreetAllAsync(options, bot, client, channel) : line;
    }

    /// <summary>Every sender says "xin chào" once, <see cref="LoadOptions.Connections"/> at a time.</summary>
    private static async Task<string> GreetAllAsync(LoadOptions options, BotInstances bot, ChannelClient client, ChannelStandIn channel)
    {
        var greeting = new GreetingScenario();
        var next = -1;
        var errors = 0;
        await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(async _ =>
        {
            for (var sender = Interlocked.Increment(ref next); sender < options.Senders; sender = Interlocked.Increment(ref next))
            {
                if (await greeting.RunAsync(sender, client, channel, CancellationToken.None) is null)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return string.Create(CultureInfo.InvariantCulture,
            $"{options.Senders} conversations greeted ({errors} errors): bot resident {bot.ResidentMegabytes} MB, peak {bot.PeakMegabytes} MB");
    }
}
