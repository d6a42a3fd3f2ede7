namespace InternalTthc.Core.Handoff;

/// <summary>An offer card an agent's chat shows, so that it is updated in place once someone takes the request.</summary>
public sealed class HandoffOffer
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid HandoffId { get; init; }
    public required Guid AgentId { get; init; }
    public required string ChannelId { get; init; }
    public required string ConversationId { get; init; }
    public required string ActivityId { get; init; }
}
