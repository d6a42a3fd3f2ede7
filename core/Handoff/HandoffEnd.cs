namespace InternalTthc.Core.Handoff;

/// <summary>How a hand-off ended.</summary>
public enum HandoffEnd
{
    /// <summary>The agent ended it.</summary>
    ByAgent,
    /// <summary>The requester ended it ("kết thúc"), or withdrew the request.</summary>
    ByRequester,
    /// <summary>No agent took it within <c>Handoff:WaitForAgent</c>.</summary>
    NoAgent,
    /// <summary>The agent said nothing for <c>Handoff:AgentSilence</c>.</summary>
    AgentSilent,
}
