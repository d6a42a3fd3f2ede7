namespace InternalTthc.Bot.Hosting;

/// <summary>Where people reach the service (links in cards). Bound from the "Service" section.</summary>
public sealed record ServiceOptions
{
    public const string Section = "Service";

    /// <summary>The address people use (the agency's proxy); unset, links use the address this instance listens on.</summary>
    public Uri? PublicBaseUrl { get; init; }
}
