using System.Collections.Concurrent;

namespace InternalTthc.Core.Store;

/// <summary>
/// What an account's last turn on this instance read after its sighting — the state keys it prefetched, the person and
/// conversation whose hand-offs it looked up — so that <see cref="PostgresTurnReads"/> sends those reads with the next
/// sighting, in its round trip. Keys only, never values: every read is made again, in the sighting's batch. The keys follow
/// from the person and the conversation, which seldom change; a turn that asks other keys reads them as before.
/// </summary>
internal sealed class TurnReadHints
{
    /// <summary>Accounts remembered; past it the memory starts again (a turn without its hint costs two round trips more).</summary>
    private const int Kept = 10_000;

    private readonly ConcurrentDictionary<(string Channel, string Account), TurnReadHint> _hints = new();
    private int _count; // ConcurrentDictionary.Count takes every lock of the dictionary

    public TurnReadHint? For(string channelId, string accountId) => _hints.GetValueOrDefault((channelId, accountId));

    public void Remember(string channelId, string accountId, TurnReadHint hint)
    {
        if (!_hints.TryAdd((channelId, accountId), hint))
        {
            _hints[(channelId, accountId)] = hint;
        }
        else if (Interlocked.Increment(ref _count) > Kept)
        {
            _hints.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
    }
}
