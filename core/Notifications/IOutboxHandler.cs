namespace InternalTthc.Core.Notifications;

/// <summary>
/// Handles the outbox rows of one topic: registered as a keyed service under its topic, so the dispatcher builds only
/// the handler a row needs. Runs in a scope of its own per row.
/// </summary>
public interface IOutboxHandler
{
    Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
