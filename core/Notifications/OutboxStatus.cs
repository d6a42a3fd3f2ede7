namespace InternalTthc.Core.Notifications;

public enum OutboxStatus
{
    Pending,
    Sent,
    /// <summary>Every channel of the recipient is blocked; recorded, not retried.</summary>
    Blocked,
    /// <summary>No longer needed when its time came (a reminder for a case that moved on).</summary>
    Cancelled,
    /// <summary>Gave up after the configured attempts; visible to administrators, who may re-send.</summary>
    DeadLetter,
    /// <summary>The recipient has no conversation with the bot yet; sent when he first writes to it.</summary>
    AwaitingContact,
}
