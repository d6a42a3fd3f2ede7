namespace InternalTthc.Bot.Hosting;

/// <summary>
/// The clock that paces the service's background rounds (the instance heartbeat, the administration refresh, SQLite's checkpoints): the
/// service's own <see cref="TimeProvider"/> unless the host gives them another, as tests do to drive the rounds by hand
/// apart from the clock their other timers wait on.
/// </summary>
public sealed record ServiceRhythm(TimeProvider Clock)
{
    /// <summary>Waits one round's <paramref name="interval"/> on <see cref="Clock"/>.</summary>
    public Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => Task.Delay(interval, Clock, cancellationToken);
}
