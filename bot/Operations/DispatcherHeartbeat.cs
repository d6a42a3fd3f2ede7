using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Operations;

/// <summary>
/// When the outbox dispatcher of this instance last began a round. It waits at most one poll interval between rounds,
/// so a last round older than a few intervals means it is stuck or dead.
/// </summary>
public sealed class DispatcherHeartbeat(IOptions<OutboxOptions> options, TimeProvider clock)
{
    /// <summary>Poll intervals without a round before the dispatcher counts as stalled (a long batch of slow channels fits).</summary>
    public const int StalledAfterIntervals = 4;

    private long _lastRoundTicks;

    public void Beat() => Interlocked.Exchange(ref _lastRoundTicks, clock.GetUtcNow().UtcTicks);

    public DispatcherHealth Read()
    {
        if (!options.Value.Enabled)
        {
            return new DispatcherHealth("disabled", null);
        }

        var ticks = Interlocked.Read(ref _lastRoundTicks);
        var last = ticks == 0 ? (DateTimeOffset?)null : new DateTimeOffset(ticks, TimeSpan.Zero);
        var alive = last is { } at && clock.GetUtcNow() - at <= options.Value.PollInterval * StalledAfterIntervals;
        return new DispatcherHealth(alive ? "alive" : "stalled", last);
    }
}
