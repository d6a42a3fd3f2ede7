namespace InternalTthc.Bot.Channels.Protection;

/// <summary>
/// Limits per client address (section "RateLimits"), answered 429 with Retry-After. Signed Bot Connector traffic is
/// never limited: only its failed authentications count.
/// </summary>
public sealed record RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Failed authentications (bad or missing tokens on /api/messages and Direct Line) before a 429 replaces the 401.</summary>
    public WindowLimit FailedAuthentication { get; init; } = new(20, TimeSpan.FromMinutes(1));

    /// <summary>Direct Line token generate and refresh calls.</summary>
    public WindowLimit DirectLineTokens { get; init; } = new(30, TimeSpan.FromMinutes(1));

    /// <summary>Requests to the public and signed-in pages (/, /index.html, /hoi-dap, /webchat/..., /bang-dieu-khien, /ho-so/...).</summary>
    public WindowLimit Pages { get; init; } = new(300, TimeSpan.FromMinutes(1));
}
