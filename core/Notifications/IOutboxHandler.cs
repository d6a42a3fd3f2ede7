namespace InternalTthc.Core.Notifications;

/// <summary>Handles the outbox rows of one topic. Runs in a scope of its own per row.</summary>
public interface IOutboxHandler
{
    string Topic { get; }

    Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
