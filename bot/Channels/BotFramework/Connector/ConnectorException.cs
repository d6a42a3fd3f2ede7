using System.Net;

namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>A Bot Connector call that failed for good (after any retries), with the service's error code.</summary>
public class ConnectorException(HttpStatusCode statusCode, string? errorCode, string message, TimeSpan? retryAfter = null)
    : Exception(message)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>The <c>error.code</c> of the answer (e.g. <c>BadSyntax</c>), when it had one.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>For a 429 whose wait was longer than the client waits inline: when the caller may try again.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
