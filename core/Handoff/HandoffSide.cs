namespace InternalTthc.Core.Handoff;

/// <summary>Who wrote a line of a hand-off's transcript.</summary>
public enum HandoffSide
{
    Requester,
    Agent,
    /// <summary>What the service itself told them (taken, transferred, ended).</summary>
    Service,
}
