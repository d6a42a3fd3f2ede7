using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace InternalTthc.Core.Notifications;

/// <summary>
/// The outbox's send rate, one bucket per channel: as many tokens as the channel's messages per second; a send takes one,
/// and a token comes back one second after it was taken. So no second ever holds more sends than the rate, and a busy
/// dispatcher still gets all of it: a token is never lost to a late timer, as an even spacing of sends would lose it.
/// </summary>
public sealed class SendRateLimiter(IOptions<OutboxOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until a send to <paramref name="channelId"/> may go, and takes its token; returns the moment it was taken.</summary>
    public async Task<DateTimeOffset> WaitAsync(string channelId, CancellationToken cancellationToken)
    {
        var bucket = _buckets.GetOrAdd(channelId, id => new Bucket(options.Value.MessagesPerSecondFor(id)));
        while (true)
        {
            var now = clock.GetUtcNow();
            if (bucket.TryTake(now) is not { } wait)
            {
                return now;
            }

            // Whole milliseconds: a real timer shorter than one would not wait at all and the loop would spin.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), clock, cancellationToken);
        }
    }

    private sealed class Bucket(int tokens)
    {
        private readonly Lock _gate = new();

        // When each token now out was taken, oldest first.
        private readonly Queue<DateTimeOffset> _out = new(tokens);

        /// <summary>Null when a token was taken; else how long until the oldest comes back.</summary>
        public TimeSpan? TryTake(DateTimeOffset now)
        {
            lock (_gate)
            {
                while (_out.Count > 0 && _out.Peek() + Second <= now)
                {
                    _out.Dequeue();
                }

                if (_out.Count < tokens)
                {
                    _out.Enqueue(now);
                    return null;
                }

                return _out.Peek() + Second - now;
            }
        }
    }
}
