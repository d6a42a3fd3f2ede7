namespace InternalTthc.Core.Handoff;

/// <summary>
/// A person's conversation handed to a person of the agency (chuyển cho cán bộ): asked for, waiting in the agency's queue,
/// taken by one agent, ended. Every change of its state is one conditional update of the store (<see cref="IHandoffStore"/>),
/// so two agents taking it at once, or an agent ending it while its time runs out, never both win.
/// </summary>
public sealed class HandoffRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string JurisdictionCode { get; init; }

    /// <summary>The executing agency whose agents are offered it.</summary>
    public required Guid AgencyId { get; init; }

    public required Guid RequesterId { get; init; }

    /// <summary>The requester's conversation: where the agent's messages go, and whose messages go to the agent.</summary>
    public required string ChannelId { get; init; }
    public required string ConversationId { get; init; }

    public required HandoffReason Reason { get; init; }

    /// <summary>A critical incident: offered to the on-call people too, at any hour.</summary>
    public bool Critical { get; init; }

    public HandoffStatus Status { get; set; } = HandoffStatus.Waiting;
    public Guid? AgentId { get; set; }

    /// <summary>The agent's chat conversation where he took it (his messages there go to the requester); null from the console.</summary>
    public string? AgentChannelId { get; set; }
    public string? AgentConversationId { get; set; }

    public required DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? TakenAt { get; set; }
    public DateTimeOffset? LastAgentMessageAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public HandoffEnd? EndReason { get; set; }

    /// <summary>The case the conversation was attached to, which keeps its transcript.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>The requester's message telling him his place in the queue, updated in place where the channel can.</summary>
    public string? StatusActivityId { get; set; }

    /// <summary>The place in the queue last told to the requester.</summary>
    public int? ToldPlace { get; set; }

    /// <summary>What the request carries (<see cref="HandoffContext"/>, JSON): who, which unit, the form in progress, the last messages.</summary>
    public required string Context { get; init; }
}
