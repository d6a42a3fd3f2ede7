using InternalTthc.Bot.Channels.BotFramework.Connector;

namespace InternalTthc.Bot.Notifications;

/// <summary>Why one channel did not take a message, for the delivery log (status and code, never the content), and when to try again.</summary>
public sealed record ConnectorFailure(string Detail, TimeSpan? RetryAfter)
{
    public static ConnectorFailure From(Exception e) => e switch
    {
        ConnectorException c => new($"{(int)c.StatusCode} {c.ErrorCode}".TrimEnd(), c.RetryAfter),
        _ => new(e.GetType().Name, null),
    };
}
