namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>How <c>/api/messages</c> behaves; bound from the <c>BotFramework</c> section.</summary>
public sealed record BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Largest accepted request body; above it the endpoint answers 413.</summary>
    public int MaxRequestBodyBytes { get; init; } = 256 * 1024;

    /// <summary>How long a processed activity id is remembered against redelivery.</summary>
    public TimeSpan DeduplicationWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>At most this many activity ids are remembered in memory.</summary>
    public int DeduplicationCapacity { get; init; } = 50_000;

    /// <summary>Signing keys are fetched again after this long even when nothing asks for it (docs: at most 24 h).</summary>
    public TimeSpan SigningKeyRefreshInterval { get; init; } = TimeSpan.FromHours(12);

    /// <summary>An unknown key id refreshes the keys at most once per this interval, so forged kids cannot flood the issuer.</summary>
    public TimeSpan SigningKeyRefreshFloor { get; init; } = TimeSpan.FromMinutes(5);
}
