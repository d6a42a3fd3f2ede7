namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>Timeouts and retries of calls to the Bot Connector; bound from <c>BotFramework:Connector</c>.</summary>
public sealed record ConnectorOptions
{
    public const string SectionName = "BotFramework:Connector";

    /// <summary>Time allowed for one HTTP attempt.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for 429, 5xx and transport failures.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First back-off when the service gives no Retry-After; doubled on each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait the client will do inline; a longer Retry-After is surfaced to the caller instead.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A cached outbound token is renewed this long before it expires.</summary>
    public TimeSpan TokenRefreshMargin { get; init; } = TimeSpan.FromMinutes(5);
}
