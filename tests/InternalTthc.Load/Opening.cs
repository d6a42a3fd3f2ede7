using System.Globalization;

namespace InternalTthc.Load;

/// <summary>
/// What the harness measures before the scenarios: for each instance, start to ready and start to its first answered turn
/// (one greeting sent to it as soon as it is ready, its menu checked), and with <see cref="LoadOptions.GreetAll"/> the
/// memory once every sender's conversation has state.
/// </summary>
public static class Opening
{
    /// <summary>Sends the instance's first turn (as <paramref name="sender"/>, to it alone) the moment it is ready; says when it was answered.</summary>
    public static async Task<string> FirstTurnAsync(BotProcess instance, ChannelClient client, ChannelStandIn channel, int sender)
    {
        var cpuAtReady = instance.CpuTime;
        if (await new GreetingScenario().RunAsync(sender, client, channel, CancellationToken.None) is null)
        {
            throw new InvalidOperationException($"The first turn of {instance.Url} was not answered with the menu.");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"ready in {instance.StartTime.TotalSeconds:F2} s, first turn answered at {instance.SinceStart.TotalSeconds:F2} s (CPU {cpuAtReady.TotalSeconds:F2} s at ready, {instance.CpuTime.TotalSeconds:F2} s at the first answer)");
    }

    public static async Task<string> RunAsync(LoadOptions options, BotInstances bot, IReadOnlyList<string> firstTurns, ChannelClient client, ChannelStandIn channel)
    {
        var line = bot.Count == 1 ? $"bot {firstTurns[0]}" : string.Join("; ", firstTurns.Select((f, i) => $"instance {i + 1} {f}"));
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
