namespace InternalTthc.Bot.Channels;

/// <summary>
/// A few values a channel would otherwise ask its platform for again and again (a Zalo user's name, a file's Zalo upload id),
/// each kept until its own expiry; at capacity the entry least recently used gives way. Safe for concurrent use.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity, TimeProvider clock) where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recent = new();
    private readonly Lock _gate = new();

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                if (node.Value.Until > clock.GetUtcNow())
                {
                    _recent.Remove(node);
                    _recent.AddFirst(node);
                    value = node.Value.Value;
                    return true;
                }

                Remove(node);
            }

            value = default!;
            return false;
        }
    }

    public void Set(TKey key, TValue value, TimeSpan lifetime)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var old)) Remove(old);
            while (_entries.Count >= capacity && _recent.Last is { } oldest) Remove(oldest);
            _entries[key] = _recent.AddFirst(new Entry(key, value, clock.GetUtcNow() + lifetime));
        }
    }

    public void Forget(TKey key)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node)) Remove(node);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recent.Remove(node);
        _entries.Remove(node.Value.Key);
    }

    private sealed record Entry(TKey Key, TValue Value, DateTimeOffset Until);
}
