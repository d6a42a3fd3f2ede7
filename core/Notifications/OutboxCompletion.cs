namespace InternalTthc.Core.Notifications;

/// <summary>How handling a row ended: its new state, when to try again, why it failed, and the rows it queues.</summary>
public sealed record OutboxCompletion(
    OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? FinishedAt, string? Error, IReadOnlyList<OutboxMessage> FollowUps);
