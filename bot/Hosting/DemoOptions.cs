namespace InternalTthc.Bot.Hosting;

/// <summary>The demo directory (clearly marked people and units to try the service). Bound from "Demo".</summary>
public sealed record DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Load the demo directory; on by default only in Development.</summary>
    public bool? Enabled { get; init; }

    public string File { get; init; } = Path.Combine(AppContext.BaseDirectory, "Demo", "demo-directory.json");
}
