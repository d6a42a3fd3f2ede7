namespace InternalTthc.Core.Handoff;

/// <summary>The hand-off's times and sizes, bound from the "Handoff" section.</summary>
public sealed record HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>How long a request waits for an agent before the bot takes the conversation back and offers to leave a case.</summary>
    public TimeSpan WaitForAgent { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an agent may say nothing before the bot takes the conversation back.</summary>
    public TimeSpan AgentSilence { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The expected wait when the agency has no taken request yet to learn from.</summary>
    public TimeSpan DefaultWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many of the agency's latest taken requests the expected wait is the average of.</summary>
    public int WaitSample { get; init; } = 20;

    /// <summary>How many of the requester's last messages a request carries.</summary>
    public int LastMessages { get; init; } = 10;

    /// <summary>Whether the Bot Framework's <c>handoff.initiate</c> event from a client starts a hand-off.</summary>
    public bool AcceptInitiateEvent { get; init; } = true;
}
