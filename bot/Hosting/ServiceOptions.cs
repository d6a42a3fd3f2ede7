namespace InternalTthc.Bot.Hosting;

/// <summary>Where people reach the service (links in cards). Bound from the "Service" section.</summary>
public sealed record ServiceOptions
{
    public const string Section = "Service";

    public Uri PublicBaseUrl { get; init; } = new("http://localhost:3978/");

    public Uri Link(string path) => new(PublicBaseUrl, path.TrimStart('/'));
}
