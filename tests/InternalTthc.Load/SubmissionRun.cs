using System.Collections.Concurrent;
using System.Diagnostics;

namespace InternalTthc.Load;

/// <summary>
/// The target's own measure, form submissions that create a case: every sender's form is opened, filled and its file
/// skipped before the window (untimed), then the users confirm them at once, each taking the next prepared form, and only
/// those confirm turns are in the window. Rounds repeat until their windows add up to the run's duration (one in short
/// mode), after as many untimed ones; the cases of both count with the filing scenario's in its committed = acknowledged
/// check.
/// </summary>
public sealed class SubmissionRun(LoadOptions options, ChannelClient client, ChannelStandIn channel, BotInstances bot, FilingScenario filing)
{
    public const string Name = "submit";

    public async Task<ScenarioReport> RunAsync()
    {
        var users = Math.Min(options.Connections, options.Senders);
        // Untimed rounds first, as long as the timed ones, so the figures are of a warm service: a single round left the
        // JIT's tier-up running through the window (a fifth of the CPU 30 s in, submit12's profile). Their errors count.
        var warmUpErrors = options.Short ? 0 : (await RoundsAsync(users)).Errors;
        var total = await RoundsAsync(users);
        return new ScenarioReport(Name, users, total.Window, total.Latencies, total.Errors + warmUpErrors, total.Cpu, bot.PeakMegabytes);
    }

    /// <summary>Rounds until their windows add up to the run's duration (one in short mode).</summary>
    private async Task<Round> RoundsAsync(int users)
    {
        var total = new Round(TimeSpan.Zero, TimeSpan.Zero, [], 0);
        do
        {
            var round = await RoundAsync(users);
            total = new Round(total.Window + round.Window, total.Cpu + round.Cpu, [.. total.Latencies, .. round.Latencies], total.Errors + round.Errors);
        }
        while (!options.Short && total.Window < options.Duration);

        return total;
    }

    private async Task<Round> RoundAsync(int users)
    {
        var prepared = new ConcurrentQueue<(int Sender, string Session)>();
        var failed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Senders), new ParallelOptions { MaxDegreeOfParallelism = users }, async (sender, ct) =>
        {
            if (await filing.PrepareAsync(sender, client, channel, ct) is { } session) prepared.Enqueue((sender, session));
            else Interlocked.Increment(ref failed);
        });

        var cpuBefore = bot.CpuTime;
        var clock = Stopwatch.StartNew();
        var confirmed = await Task.WhenAll(Enumerable.Range(0, users).Select(_ => ConfirmAsync(prepared)));
        var window = clock.Elapsed;
        return new Round(window, bot.CpuTime - cpuBefore, [.. confirmed.SelectMany(c => c.Latencies)], failed + confirmed.Sum(c => c.Errors));
    }

    /// <summary>One user confirming the next prepared form until none is left.</summary>
    private async Task<(List<double> Latencies, int Errors)> ConfirmAsync(ConcurrentQueue<(int Sender, string Session)> prepared)
    {
        var latencies = new List<double>();
        var errors = 0;
        while (prepared.TryDequeue(out var form))
        {
            if (await filing.ConfirmAsync(form.Sender, form.Session, client, channel, CancellationToken.None) is { } took) latencies.Add(took.TotalMilliseconds);
            else errors++;
        }

        return (latencies, errors);
    }

    private sealed record Round(TimeSpan Window, TimeSpan Cpu, IReadOnlyList<double> Latencies, int Errors);
}
