using System.Globalization;

namespace InternalTthc.Load;

/// <summary>
/// Proactive reminders through the outbox: every recipient greets the bot first (so it has his conversation), then the
/// harness queues the reminders in the store at once and waits for the stand-in connector to receive them all. The
/// send rate is judged at the connector: the achieved rate against the bot's configured <c>Outbox:MessagesPerSecond</c>
/// (at least 95 %) and the busiest second (never above it); the lag is each reminder's arrival after it was queued.
/// </summary>
public sealed class ReminderRun(LoadOptions options, ChannelClient client, ChannelStandIn channel, BotInstances bot, LoadStore store)
{
    /// <summary>How long the connector may go without a reminder before the rest count as errors.</summary>
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(30);

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var recipients = Math.Min(options.Senders, options.Reminders);
        var greeting = new GreetingScenario();
        var greeted = await Task.WhenAll(Enumerable.Range(0, recipients).Select(s => greeting.RunAsync(s, client, channel, cancellationToken)));
        if (greeted.Any(g => g is null))
        {
            throw new InvalidOperationException("A recipient's greeting failed; his reminders would have nowhere to go.");
        }

        var cpuBefore = bot.CpuTime;
        var seen = channel.Sent.Count;
        var queuedAt = await store.QueueRemindersAsync(options.Reminders, recipients, cancellationToken);
        var arrivals = await WaitForAllAsync(seen, cancellationToken);

        var lags = arrivals.Select(a => (a.At - queuedAt).TotalMilliseconds).ToList();
        var elapsed = arrivals.Count > 0 ? arrivals[^1].At - queuedAt : TimeSpan.Zero;
        return new ScenarioReport("reminders", recipients, elapsed, lags, options.Reminders - arrivals.Count, bot.CpuTime - cpuBefore, bot.PeakMegabytes)
        {
            Verdict = SendRate.Judge(arrivals.Select(a => a.At).ToList(), options.SendRate),
        };
    }

    /// <summary>The harness's reminders as they arrive (each once), until all are in or none came for <see cref="Stall"/>.</summary>
    private async Task<List<ChannelStandIn.Arrival>> WaitForAllAsync(int seen, CancellationToken cancellationToken)
    {
        var last = (Count: 0, At: DateTimeOffset.UtcNow);
        while (true)
        {
            var ours = channel.Sent.Skip(seen).Where(a => a.Tag is not null).ToList();
            if (ours.Count >= options.Reminders || DateTimeOffset.UtcNow - last.At > Stall)
            {
                var duplicates = ours.Count - ours.Select(a => a.Tag).Distinct(StringComparer.Ordinal).Count();
                return duplicates == 0 ? ours
                    : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{duplicates} reminders arrived twice."));
            }

            if (ours.Count > last.Count)
            {
                last = (ours.Count, DateTimeOffset.UtcNow);
            }

            // A look at the connector's count, not a measure: the figures are the arrival moments the connector noted.
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
