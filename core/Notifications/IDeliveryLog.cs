namespace InternalTthc.Core.Notifications;

/// <summary>
/// The delivery log: every attempt to reach a person, written the moment the channel answered, so a row
/// handled again after a crash sees that it was already delivered and does not send it twice.
/// </summary>
public interface IDeliveryLog
{
    Task RecordAsync(DeliveryRecord record, CancellationToken cancellationToken);

    Task<bool> WasSentAsync(Guid outboxMessageId, CancellationToken cancellationToken);
}
