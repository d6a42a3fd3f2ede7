using Microsoft.Extensions.Options;

namespace InternalTthc.Core.Notifications;

/// <summary>
/// What a handler does with the send claim the dispatcher took for its row (<see cref="IOutboxStore.ClaimSendAsync"/>), so that
/// one row is sent by one instance at a time even when leases lapse under load. Over HTTP the send starts only while the
/// claim is young and is cut off after <see cref="OutboxOptions.SendTimeout"/>, so it has ended, and its delivery record is
/// written, before another instance may take the claim over. Into our own store (Direct Line) the send's transaction first
/// makes sure the claim is still this instance's and keeps the row locked until it commits. A message that no dispatcher
/// handed over (no claim) is sent as it is.
/// </summary>
public sealed class SendClaims(IOutboxStore store, IOptions<OutboxOptions> options, TimeProvider clock)
{
    /// <summary>Runs <paramref name="send"/>, an HTTP call, if the claim is young enough, and gives it up after the send timeout.</summary>
    public async Task SendWhileYoungAsync(OutboxMessage message, Func<CancellationToken, Task> send, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(send);
        var o = options.Value;
        // One send timeout for the send itself, one as the margin for writing its record (and a process paused in between).
        if (message.SendClaimedAt is { } claimedAt && clock.GetUtcNow() - claimedAt >= o.SendClaimValidity - 2 * o.SendTimeout)
        {
            throw new SendClaimLostException($"Outbox row {message.Id}: its send claim is too old to start a send on; it is tried again.");
        }

        using var timeout = new CancellationTokenSource(o.SendTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await send(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The channel did not answer within {OptionsName(nameof(OutboxOptions.SendTimeout))} ({o.SendTimeout}); it may have received the message.");
        }
    }

    /// <summary>Inside the send's transaction: makes sure the claim is still this instance's, and keeps others from taking it until the commit.</summary>
    public async Task HoldAsync(OutboxMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SendClaim is not null && !await store.HoldSendAsync(message, ct))
        {
            throw new SendClaimLostException($"Outbox row {message.Id}: its send claim was taken over by another instance; that instance sends it.");
        }
    }

    private static string OptionsName(string property) => $"{OutboxOptions.Section}:{property}";
}
