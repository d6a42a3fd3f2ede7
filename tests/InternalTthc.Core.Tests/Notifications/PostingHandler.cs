using InternalTthc.Core.Notifications;

namespace InternalTthc.Core.Tests.Notifications;

/// <summary>
/// Sends a test row as the service's handlers send over HTTP: reads the delivery log, makes the call
/// (<paramref name="post"/>, which the test may hold), records it as sent.
/// </summary>
public sealed class PostingHandler(IDeliveryLog log, TimeProvider clock, Func<OutboxMessage, CancellationToken, Task> post) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (await log.WasSentAsync(message.Id, cancellationToken))
        {
            return OutboxResult.Done();
        }

        await post(message, cancellationToken);
        await log.RecordAsync(new DeliveryRecord { OutboxMessageId = message.Id, Outcome = DeliveryOutcome.Sent, At = clock.GetUtcNow() }, cancellationToken);
        return OutboxResult.Done();
    }
}
