namespace InternalTthc.Core.Store;

/// <summary>
/// A turn's writes that need not hold the turn up, only end it: queued to the group commit's writer while the turn goes on
/// reading and answering, they ride in a batch with its later writes (a filing's durable commit) instead of each being a
/// wait of its own; the turn ends only once they committed (<see cref="CommittedAsync"/>). Outside a turn (no
/// <see cref="Begin"/>: a verb, a test, the outbox) every write is waited for where it is made, as before.
/// </summary>
public sealed class TurnWrites
{
    private readonly List<Task> _pending = [];
    private bool _open;

    /// <summary>From now until <see cref="CommittedAsync"/>, writes made through <see cref="TryDefer"/> are not waited for where they are made.</summary>
    public void Begin() => _open = true;

    /// <summary>Returns once every deferred write committed; a write that failed fails the turn, as it would have where it was made.</summary>
    public async Task CommittedAsync()
    {
        _open = false;
        var pending = _pending.ToArray();
        _pending.Clear();
        await Task.WhenAll(pending);
    }

    /// <summary>Takes <paramref name="write"/> (already queued) to wait for at the turn's end; false when no turn is open.</summary>
    internal bool TryDefer(Func<Task<int>?> queue)
    {
        if (!_open || queue() is not { } write)
        {
            return false;
        }

        // Observed here too: a turn that fails before its end leaves the failure of this write unwaited.
        _ = write.ContinueWith(static w => w.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        _pending.Add(write);
        return true;
    }
}
