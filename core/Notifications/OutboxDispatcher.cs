using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InternalTthc.Core.Notifications;

/// <summary>
/// Sends what the outbox holds: leases due rows (several instances never take the same row), claims each row's send (which,
/// unlike a lease, does not lapse while a live instance sends), hands it to the handler of its topic in a scope of its own,
/// and records the outcome with its follow-up rows in one transaction, if the claim is still its own.
/// Failures are retried with back-off (or after the wait the channel asked for) and end as dead letters.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    // Names the instance in lease tokens (at most 100 characters with the batch's own id), for administrators reading the table.
    private readonly string _instance = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}";

    /// <summary>Leases one batch of due rows and handles it; returns how many rows it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var token = $"{_instance}:{Guid.NewGuid():N}";
        var now = clock.GetUtcNow();
        IReadOnlyList<OutboxMessage> batch;
        await using (var scope = scopes.CreateAsyncScope())
        {
            batch = await scope.ServiceProvider.GetRequiredService<IOutboxStore>().LeaseAsync(token, now, now + o.LeaseDuration, o.BatchSize, cancellationToken);
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        using var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewLeasesAsync(token, working.Token);
        try
        {
            foreach (var message in batch)
            {
                await HandleAsync(message, token, cancellationToken);
            }
        }
        finally
        {
            await working.CancelAsync();
            await renewal;
        }

        return batch.Count;
    }

    /// <summary>Keeps the batch's leases while it is worked on, so the lease can be short and a crashed instance's rows come back soon.</summary>
    private async Task RenewLeasesAsync(string token, CancellationToken cancellationToken)
    {
        var o = options.Value;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(o.LeaseRenewal, clock, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IOutboxStore>().RenewLeaseAsync(token, clock.GetUtcNow() + o.LeaseDuration, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store may be down for a moment; the next renewal tries again, and a lapsed lease is caught at completion.
                logger.LogWarning(e, "The outbox leases {Token} could not be renewed.", token);
            }
        }
    }

    /// <summary>Handles due rows until none is left (follow-ups included); the rows scheduled later stay.</summary>
    public async Task<int> RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        for (int handled; (handled = await RunOnceAsync(cancellationToken)) > 0;)
        {
            total += handled;
        }

        return total;
    }

    private async Task HandleAsync(OutboxMessage message, string token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
        if (!await ClaimAsync(store, message, token, cancellationToken))
        {
            logger.LogInformation("Outbox row {Id} is being sent by another instance (its lease lapsed there); left to it.", message.Id);
            return;
        }

        var handler = scope.ServiceProvider.GetKeyedService<IOutboxHandler>(message.Topic);
        OutboxResult result;
        try
        {
            result = handler is null ? OutboxResult.Failed($"No handler for topic '{message.Topic}'.") : await handler.HandleAsync(message, cancellationToken);
        }
        catch (SendClaimLostException e)
        {
            result = OutboxResult.Yielded(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Outbox row {Id} ({Topic}) failed in its handler.", message.Id, message.Topic);
            result = OutboxResult.Retry($"{e.GetType().Name}: {e.Message}");
        }

        var completion = Complete(message, result);
        if (completion.Status == OutboxStatus.DeadLetter)
        {
            logger.LogError("Outbox row {Id} ({Topic}) is a dead letter after {Attempts} attempts: {Error}", message.Id, message.Topic, completion.Attempts, completion.Error);
        }

        if (!await store.CompleteAsync(message, token, completion, cancellationToken))
        {
            logger.LogWarning("Outbox row {Id} was taken over by another instance before it was recorded; that instance records it.", message.Id);
        }
    }

    /// <summary>
    /// Takes the row's send claim, so no other instance sends it meanwhile even if this lease lapses; the row read at lease time
    /// is then checked again by its handler (the delivery log), after the claim.
    /// </summary>
    private async Task<bool> ClaimAsync(IOutboxStore store, OutboxMessage message, string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await store.ClaimSendAsync(message, token, now, now - options.Value.SendClaimValidity, cancellationToken))
        {
            return false;
        }

        message.SendClaim = token;
        message.SendClaimedAt = now;
        return true;
    }

    private OutboxCompletion Complete(OutboxMessage message, OutboxResult result)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        return result.Kind switch
        {
            OutboxResultKind.Done => new(OutboxStatus.Sent, attempts, message.NextAttemptAt, now, null, result.FollowUps),
            OutboxResultKind.Blocked => new(OutboxStatus.Blocked, attempts, message.NextAttemptAt, now, result.Error, []),
            OutboxResultKind.Cancelled => new(OutboxStatus.Cancelled, attempts, message.NextAttemptAt, now, result.Error, []),
            OutboxResultKind.AwaitingContact => new(OutboxStatus.AwaitingContact, attempts, message.NextAttemptAt, null, result.Error, []),
            OutboxResultKind.Yielded => new(OutboxStatus.Pending, message.Attempts, message.NextAttemptAt, null, result.Error, []),
            OutboxResultKind.Retry when attempts < o.MaxAttempts => new(OutboxStatus.Pending, attempts, now + (result.RetryAfter ?? Backoff(attempts)), null, result.Error, []),
            _ => new(OutboxStatus.DeadLetter, attempts, message.NextAttemptAt, null, result.Error, []),
        };
    }

    private TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var exponential = o.RetryBaseDelay * Math.Pow(2, attempts - 1);
        return exponential < o.RetryMaxDelay ? exponential : o.RetryMaxDelay;
    }
}
