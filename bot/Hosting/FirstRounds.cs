namespace InternalTthc.Bot.Hosting;

/// <summary>
/// When the background services (the outbox dispatcher, the retention purge, the administration refresh) take their first
/// round: <see cref="ServiceOptions.FirstRoundsAfter"/> after the service started listening, on the service's clock. Their
/// first rounds compile their first queries (≈ 1.2 s of CPU on 2 cores), which a start then spends on being ready and on the
/// first turns instead; nothing is skipped, the rounds only begin that much later (due notifications go out then), and
/// later rounds keep their own rhythm.
/// </summary>
public sealed class FirstRounds(IHostApplicationLifetime lifetime, ServiceOptions options, TimeProvider clock)
{
    /// <summary>Waits for the first round; false when <paramref name="stopping"/> ends the wait (the service stops without one).</summary>
    public async Task<bool> WaitAsync(CancellationToken stopping)
    {
        if (options.FirstRoundsAfter <= TimeSpan.Zero)
        {
            return true;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await using (stopping.Register(() => started.TrySetCanceled(stopping)))
            {
                await started.Task;
            }

            await Task.Delay(options.FirstRoundsAfter, clock, stopping);
            return true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }
    }
}
