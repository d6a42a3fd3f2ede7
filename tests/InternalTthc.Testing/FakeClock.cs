using System.Threading.Channels;

namespace InternalTthc.Testing;

/// <summary>
/// A clock that moves only when told. Timers created through it (Task.Delay with this provider) fire on
/// <see cref="Advance"/>, and each requested due time can be awaited, so tests check waits without sleeping.
/// </summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private readonly Channel<TimeSpan> _scheduled = Channel.CreateUnbounded<TimeSpan>();
    private DateTimeOffset _now = start;

    public static DateTimeOffset DefaultStart { get; } = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public FakeClock() : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>The due time of the next timer anyone schedules (or already scheduled and not yet read).</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // A guard against a hung test, not test timing: the awaited timer is normally there at once.
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        return await _scheduled.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True if no timer was scheduled since the last <see cref="NextTimerAsync"/>.</summary>
    public bool NoTimerScheduled => !_scheduled.Reader.TryPeek(out _);

    /// <summary>Moves the clock forward to <paramref name="moment"/>, firing the timers on the way.</summary>
    public void Set(DateTimeOffset moment)
    {
        var by = moment - GetUtcNow();
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero, nameof(moment));
        Advance(by);
    }

    public void Advance(TimeSpan by)
    {
        List<FakeTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(timer => timer.DueAt <= _now).ToList();
            _timers.RemoveAll(due.Contains);
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private void Schedule(FakeTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.DueAt = _now + dueTime;
            _timers.Add(timer);
        }

        _scheduled.Writer.TryWrite(dueTime);
    }

    private void Cancel(FakeTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class FakeTimer(FakeClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Schedule(this, dueTime);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => clock.Cancel(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
