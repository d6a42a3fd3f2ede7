using System.Net;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Turns;

namespace InternalTthc.Bot.Notifications;

/// <summary>Why one channel did not take a message, for the delivery log (status and code, never the content), and when to try again.</summary>
public sealed record ConnectorFailure(string Detail, TimeSpan? RetryAfter)
{
    /// <summary>The channel's code when the person blocked the bot or removed the app; null otherwise.</summary>
    public string? BlockedReason { get; init; }

    /// <summary>
    /// The message or its conversation is no longer there to write to, and trying again cannot help: 403 (blocked,
    /// the bot removed), 404 (deleted), or no such message in our own Direct Line. Anything else — a rotated
    /// password's 401, throttling, an outage — may pass later.
    /// </summary>
    public bool Gone { get; init; }

    /// <summary>The channel takes messages for the person only after he writes again (Zalo's 7-day window): try his other channels, else wait.</summary>
    public bool AwaitsContact { get; init; }

    /// <summary>The message can never pass on this channel as it is: not worth retrying.</summary>
    public bool Permanent { get; init; }

    public static ConnectorFailure From(Exception e) => e switch
    {
        ConversationBlockedException b => new(Describe(b), null) { BlockedReason = b.Reason, Gone = true },
        ChannelDeliveryException d => new(d.Message, d.RetryAfter)
        {
            BlockedReason = d.BlockedReason, Gone = d.BlockedReason is not null, AwaitsContact = d.AwaitsContact, Permanent = d.Permanent,
        },
        ConnectorException c => new(Describe(c), c.RetryAfter) { Gone = c.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound },
        ActivityNotFoundException => new(e.GetType().Name, null) { Gone = true },
        _ => new(e.GetType().Name, null),
    };

    private static string Describe(ConnectorException c) => $"{(int)c.StatusCode} {c.ErrorCode}".TrimEnd();
}
