namespace InternalTthc.Core.Notifications;

public enum OutboxResultKind
{
    Done,
    Blocked,
    Cancelled,
    /// <summary>Try again later (a channel down or throttling); dead letter after the configured attempts.</summary>
    Retry,
    /// <summary>Can never succeed as it is (unknown topic, unreadable payload): a dead letter at once.</summary>
    Failed,
    /// <summary>The recipient cannot be reached until he writes to the bot; kept, not retried.</summary>
    AwaitingContact,
    /// <summary>Another instance holds (or may hold) the row's send: left to it as it was, no attempt counted.</summary>
    Yielded,
}
