namespace InternalTthc.Bot.Hosting;

/// <summary>
/// The start's warm-up (the store's turn steps, the first turn's own code), run beside Kestrel's start instead of before
/// it, on the core the host's start leaves idle. Ready waits for it: <c>/healthz/ready</c> answers 503 until it ended, so
/// ready still means the first turns are fast. A warm-up that fails stops the service, as a start that failed did.
/// </summary>
public sealed class StartWarmUp(IHostApplicationLifetime lifetime, TimeProvider time, ILogger<StartWarmUp> logger)
{
    private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up ended; faults with its error if it failed.</summary>
    public Task Ended => ended.Task;

    /// <summary>Whether the warm-up failed (the service then stops, and the process exits with an error).</summary>
    public bool Failed => ended.Task.IsFaulted;

    /// <summary>Starts <paramref name="warm"/> on the thread pool and returns at once.</summary>
    public void Begin(Func<CancellationToken, Task> warm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warm);
        _ = Task.Run(async () =>
        {
            try
            {
                await warm(cancellationToken);
                ended.TrySetResult();
            }
            catch (Exception e)
            {
                logger.LogCritical(e, "The start's warm-up failed; the service stops.");
                ended.TrySetException(e);
                lifetime.StopApplication();
            }
        }, CancellationToken.None);
    }

    /// <summary>
    /// Whether the warm-up has ended well, waiting for it up to <paramref name="limit"/> on the service's clock: a probe
    /// during the start answers the moment it ends instead of at its next poll.
    /// </summary>
    public async Task<bool> EndedWithinAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        if (!ended.Task.IsCompleted)
        {
            try
            {
                await ended.Task.WaitAsync(limit, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                return false;
            }
            catch (Exception) when (ended.Task.IsFaulted)
            {
                // Logged where it failed; the service is stopping.
                return false;
            }
        }

        return ended.Task.IsCompletedSuccessfully;
    }
}
