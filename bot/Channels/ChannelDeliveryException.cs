namespace InternalTthc.Bot.Channels;

/// <summary>
/// A channel's API refused a message or could not take it (Zalo's error codes), said in the terms the outbox decides by:
/// try again later, give up with the reason, wait for the person's next message, or record that he blocked the bot.
/// </summary>
public class ChannelDeliveryException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>When to try again, if the channel asked for a wait (rate or quota limits).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The person blocked the bot, left it or is gone from the channel: the channel's reason, recorded on his account.</summary>
    public string? BlockedReason { get; init; }

    /// <summary>The channel takes messages for the person only after he writes again (Zalo's 7-day window).</summary>
    public bool AwaitsContact { get; init; }

    /// <summary>The message can never pass as it is (a bad parameter, the app not allowed): a dead letter with the reason.</summary>
    public bool Permanent { get; init; }
}
