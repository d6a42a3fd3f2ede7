namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>The self-hosted Direct Line 3.0 server. Bound from the "DirectLine" section and checked at start.</summary>
public sealed record DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Signs the tokens (HMAC-SHA256), at least 32 characters; required outside Development.</summary>
    public string? TokenSecret { get; init; }

    /// <summary>How long a token lives; refreshing gives a new one for as long again.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the token in a streamUrl may be used to open the WebSocket (the service gives 60 s).</summary>
    public TimeSpan StreamTokenLifetime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often an open stream looks in the store for activities another instance appended.</summary>
    public TimeSpan StreamPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>At most this many activities in one GET answer or stream frame.</summary>
    public int MaxActivitiesPerSet { get; init; } = 100;

    /// <summary>The base URL clients and the bot see (serviceUrl, streamUrl, attachment links); empty: from each request.</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>Origins allowed to call Direct Line from another site (CORS); the page itself is same-origin.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>The bot's account on activities (recipient of the user's, sender of its own).</summary>
    public string BotId { get; init; } = "internaltthc-bot";

    public string BotName { get; init; } = "Trợ lý thủ tục nội bộ";

    public DirectLineUploadOptions Upload { get; init; } = new();
}
