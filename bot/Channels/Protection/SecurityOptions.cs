namespace InternalTthc.Bot.Channels.Protection;

/// <summary>Where the pages may be embedded (section "Security"); by default only by the service itself.</summary>
public sealed record SecurityOptions
{
    public const string Section = "Security";

    /// <summary>The https origins of sites that may show the pages in a frame (an agency portal).</summary>
    public IReadOnlyList<string> FrameAncestors { get; init; } = [];

    /// <summary>The chat page is a Microsoft Teams tab: Teams' own origins may frame it.</summary>
    public bool TeamsTab { get; init; }
}
