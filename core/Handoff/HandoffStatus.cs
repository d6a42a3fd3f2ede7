namespace InternalTthc.Core.Handoff;

public enum HandoffStatus
{
    /// <summary>In the agency's queue: no agent has taken it yet; the bot still answers.</summary>
    Waiting,
    /// <summary>An agent has it: messages go between the two, the bot is silent.</summary>
    Active,
    Ended,
}
