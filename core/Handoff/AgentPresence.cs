namespace InternalTthc.Core.Handoff;

/// <summary>Whether an agent takes new requests now (trực tuyến) or not (vắng); only online agents are offered them.</summary>
public sealed class AgentPresence
{
    public required Guid PersonId { get; init; }
    public bool Online { get; set; }
    public required DateTimeOffset ChangedAt { get; set; }
}
