using System.Net;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Decides whether a Connector call is tried again and after how long: 429 and 5xx are retried, other 4xx are not;
/// a Retry-After header (seconds or an HTTP date) is honoured, otherwise the wait doubles with jitter.
/// </summary>
public sealed class ConnectorRetryPolicy(IOptions<ConnectorOptions> options, TimeProvider time)
{
    public int MaxRetries => options.Value.MaxRetries;

    public TimeSpan MaxDelay => options.Value.MaxRetryDelay;

    public static bool IsRetryable(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The wait before retry number <paramref name="retry"/> (0 for the first retry).</summary>
    public TimeSpan DelayFor(HttpResponseMessage? response, int retry) => RetryAfter(response) ?? Backoff(retry);

    /// <summary>The wait the service asked for, if it asked; a date in the past means at once.</summary>
    public TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? Max(date - time.GetUtcNow(), TimeSpan.Zero) : null;
    }

    private TimeSpan Backoff(int retry)
    {
        var exponential = options.Value.RetryBaseDelay * Math.Pow(2, retry);
        // Jitter spreads the retries of many senders hit by the same outage.
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return jittered < MaxDelay ? jittered : MaxDelay;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
