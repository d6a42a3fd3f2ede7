using InternalTthc.Bot.Channels.BotFramework.Hosting;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.BotFramework.Idempotency;

/// <summary>
/// Single-instance deduplicator: keeps activity keys for <see cref="BotFrameworkOptions.DeduplicationWindow"/>,
/// at most <see cref="BotFrameworkOptions.DeduplicationCapacity"/> of them (the oldest go first).
/// </summary>
public sealed class InMemoryActivityDeduplicator(IOptions<BotFrameworkOptions> options, TimeProvider time)
    : IActivityDeduplicator
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Channel, string Activity), DateTimeOffset> _seen = [];
    private readonly Queue<((string Channel, string Activity) Key, DateTimeOffset At)> _order = new();

    public Task<bool> TryBeginAsync(string channelId, string activityId, string? senderId, CancellationToken cancellationToken)
    {
        var key = (channelId, activityId);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Forget(entry => now - entry.At >= options.Value.DeduplicationWindow);
            if (_seen.ContainsKey(key))
            {
                return Task.FromResult(false);
            }

            Forget(_ => _order.Count >= options.Value.DeduplicationCapacity);
            _seen[key] = now;
            _order.Enqueue((key, now));
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _seen.Remove((channelId, activityId));
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops the oldest entries while <paramref name="drop"/> says so.</summary>
    private void Forget(Func<((string Channel, string Activity) Key, DateTimeOffset At), bool> drop)
    {
        while (_order.TryPeek(out var oldest) && drop(oldest))
        {
            _order.Dequeue();
            // A released and re-taken key has a newer time; only its own entry may remove it.
            if (_seen.TryGetValue(oldest.Key, out var at) && at == oldest.At)
            {
                _seen.Remove(oldest.Key);
            }
        }
    }
}
