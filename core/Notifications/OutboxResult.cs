namespace InternalTthc.Core.Notifications;

/// <summary>What a handler made of one outbox row.</summary>
public sealed record OutboxResult(OutboxResultKind Kind, IReadOnlyList<OutboxMessage> FollowUps, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static OutboxResult Done(IReadOnlyList<OutboxMessage>? followUps = null) => new(OutboxResultKind.Done, followUps ?? []);

    public static OutboxResult Blocked(string detail) => new(OutboxResultKind.Blocked, [], detail);

    public static OutboxResult Cancelled(string reason) => new(OutboxResultKind.Cancelled, [], reason);

    public static OutboxResult Retry(string error, TimeSpan? retryAfter = null) => new(OutboxResultKind.Retry, [], error, retryAfter);

    public static OutboxResult Failed(string error) => new(OutboxResultKind.Failed, [], error);

    public static OutboxResult AwaitingContact(string detail) => new(OutboxResultKind.AwaitingContact, [], detail);

    public static OutboxResult Yielded(string reason) => new(OutboxResultKind.Yielded, [], reason);
}
