namespace InternalTthc.Core.Notifications;

/// <summary>One line of the delivery log: an attempt to deliver an outbox message to a person on a channel.</summary>
public sealed class DeliveryRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid OutboxMessageId { get; init; }
    public Guid? PersonId { get; init; }

    /// <summary>The channel tried; null when there was none to try.</summary>
    public string? ChannelId { get; init; }

    public required DeliveryOutcome Outcome { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>Why it failed, for administrators (status code, error code); never message content.</summary>
    public string? Detail { get; init; }
}
