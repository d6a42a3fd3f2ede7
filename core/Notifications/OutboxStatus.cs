namespace InternalTthc.Core.Notifications;

public enum OutboxStatus
{
    Pending,
    Sent,
    /// <summary>Gave up after the configured attempts; visible to administrators, who may re-send.</summary>
    DeadLetter,
}
