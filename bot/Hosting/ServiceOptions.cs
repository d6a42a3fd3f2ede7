namespace InternalTthc.Bot.Hosting;

/// <summary>Where people reach the service (links in cards). Bound from the "Service" section.</summary>
public sealed record ServiceOptions
{
    public const string Section = "Service";

    /// <summary>The address people use (the agency's proxy); unset, links use the address this instance listens on.</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>
    /// How often an instance says it is alive in the store and takes what another instance changed (stored days off,
    /// a catalog reload); a restore counts an instance seen within three of these as running.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long after the service listens the background services take their first round (<see cref="FirstRounds"/>):
    /// the start's CPU goes to the first turns first. Zero starts them at once.
    /// </summary>
    public TimeSpan FirstRoundsAfter { get; init; } = TimeSpan.FromSeconds(2);
}
