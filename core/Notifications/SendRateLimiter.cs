using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace InternalTthc.Core.Notifications;

/// <summary>
/// The outbox's send rate, one bucket per channel: as many tokens as the channel's messages per second. A send takes one
/// and gives it back one second after it ended (the channel answered or failed). A send's arrival lies between its start
/// and its end, so whatever the network's delays no second at the channel ever sees more sends than the rate; and a busy
/// dispatcher still gets nearly all of it: a token is never lost to a late timer, as an even spacing of sends would lose it.
/// </summary>
public sealed class SendRateLimiter(IOptions<OutboxOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until a send to <paramref name="channelId"/> may start and takes its token; dispose the permit when the send ended.</summary>
    public async Task<SendPermit> WaitAsync(string channelId, CancellationToken cancellationToken)
    {
        var bucket = _buckets.GetOrAdd(channelId, id => new Bucket(options.Value.MessagesPerSecondFor(id)));
        while (true)
        {
            var now = clock.GetUtcNow();
            if (bucket.TryTake(now) is not { } wait)
            {
                return new SendPermit(now, () => bucket.Return(clock.GetUtcNow()));
            }

            // Whole milliseconds: a real timer shorter than one would not wait at all and the loop would spin.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), clock, cancellationToken);
        }
    }

    private sealed class Bucket(int tokens)
    {
        private readonly Lock _gate = new();

        // When each send that ended less than a second ago ended, oldest first.
        private readonly Queue<DateTimeOffset> _ended = new(tokens);
        private int _sending;

        /// <summary>Null when a token was taken; else how long until one may come back.</summary>
        public TimeSpan? TryTake(DateTimeOffset now)
        {
            lock (_gate)
            {
                while (_ended.Count > 0 && _ended.Peek() + Second <= now)
                {
                    _ended.Dequeue();
                }

                if (_sending + _ended.Count < tokens)
                {
                    _sending++;
                    return null;
                }

                // With every token in a send still going, none can come back within a second of now.
                return _ended.Count > 0 ? _ended.Peek() + Second - now : Second;
            }
        }

        public void Return(DateTimeOffset now)
        {
            lock (_gate)
            {
                _sending--;
                _ended.Enqueue(now);
            }
        }
    }
}
