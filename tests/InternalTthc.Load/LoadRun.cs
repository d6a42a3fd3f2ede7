using System.Diagnostics;

namespace InternalTthc.Load;

/// <summary>Runs a scenario with every simulated user at once for the run's duration; a user's senders are his own.</summary>
public sealed class LoadRun(LoadOptions options, ChannelClient client, ChannelStandIn channel, BotInstances bot)
{
    public async Task<ScenarioReport> RunAsync(IScenario scenario)
    {
        var users = Math.Min(options.Connections, options.Senders);
        if (!options.Short)
        {
            // One untimed round first, so the figures are of a warm service, not of its first compilation.
            await Task.WhenAll(Enumerable.Range(0, users).Select(user => scenario.RunAsync(user, client, channel, CancellationToken.None)));
        }

        var cpuBefore = bot.CpuTime;
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, users).Select(user => UserAsync(scenario, user, users, clock)));
        var elapsed = clock.Elapsed;
        return new ScenarioReport(scenario.Name, users, elapsed, [.. results.SelectMany(r => r.Latencies)], results.Sum(r => r.Errors),
            bot.CpuTime - cpuBefore, bot.PeakMegabytes);
    }

    private async Task<(List<double> Latencies, int Errors)> UserAsync(IScenario scenario, int user, int users, Stopwatch clock)
    {
        var senders = Enumerable.Range(0, options.Senders).Where(s => s % users == user).ToArray();
        var latencies = new List<double>();
        var errors = 0;
        for (var k = 0; clock.Elapsed < options.Duration; k++)
        {
            // A started action is finished, never cut: the scenario's measure is what the users saw.
            if (await scenario.RunAsync(senders[k % senders.Length], client, channel, CancellationToken.None) is { } took)
            {
                latencies.Add(took.TotalMilliseconds);
            }
            else
            {
                errors++;
            }
        }

        return (latencies, errors);
    }
}
