namespace InternalTthc.Core.Notifications;

/// <summary>What happened to one attempt to reach a person on one channel.</summary>
public enum DeliveryOutcome
{
    Sent,
    Failed,
    /// <summary>The channel said the user blocked the bot.</summary>
    Blocked,
    /// <summary>The person has never talked to the bot on any channel we can write to.</summary>
    NoChannel,
}
