using InternalTthc.Core.Notifications;

namespace InternalTthc.Core.Handoff;

/// <summary>
/// The hand-offs, their transcripts, the offer cards shown and the agents' presence, shared by every instance. Each
/// change of state is one conditional update: false when the hand-off was no longer in the state it needs.
/// </summary>
public interface IHandoffStore
{
    /// <summary>Saves a new request with the outbox rows it leads to (its offers, its time-out), in one transaction.</summary>
    Task AddAsync(HandoffRequest handoff, IReadOnlyCollection<OutboxMessage> rows, CancellationToken ct);

    Task<HandoffRequest?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>The waiting or active hand-off of a requester's conversation.</summary>
    Task<HandoffRequest?> FindOpenAsync(string channelId, string conversationId, CancellationToken ct);

    /// <summary>Both hand-offs a message of <paramref name="personId"/> in this conversation may belong to, in one query.</summary>
    Task<ConversationHandoffs> FindInConversationAsync(Guid personId, string channelId, string conversationId, CancellationToken ct);

    /// <summary>Waiting and active hand-offs of these agencies, oldest request first.</summary>
    Task<IReadOnlyList<HandoffRequest>> ListOpenAsync(IReadOnlyCollection<Guid> agencyIds, CancellationToken ct);

    /// <summary>Hand-offs attached to a case, oldest first.</summary>
    Task<IReadOnlyList<HandoffRequest>> ListForCaseAsync(Guid caseId, CancellationToken ct);

    /// <summary>Waiting -> active for <paramref name="agentId"/>; false when someone else took it first, or it ended.</summary>
    Task<bool> TryTakeAsync(Guid id, Guid agentId, string? agentChannelId, string? agentConversationId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Active with <paramref name="fromAgentId"/> -> active with <paramref name="toAgentId"/>.</summary>
    Task<bool> TryTransferAsync(Guid id, Guid fromAgentId, Guid toAgentId, string? agentChannelId, string? agentConversationId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Waiting or active -> ended; false when it had ended already.</summary>
    Task<bool> TryEndAsync(Guid id, HandoffEnd reason, DateTimeOffset now, CancellationToken ct);

    Task TouchAgentAsync(Guid id, DateTimeOffset now, CancellationToken ct);

    Task AttachCaseAsync(Guid id, Guid caseId, CancellationToken ct);

    /// <summary>Remembers the requester's status message and the place it told.</summary>
    Task SetToldAsync(Guid id, string? statusActivityId, int place, CancellationToken ct);

    /// <summary>How long the agency's latest taken requests waited, newest first.</summary>
    Task<IReadOnlyList<TimeSpan>> RecentWaitsAsync(Guid agencyId, int count, CancellationToken ct);

    Task AppendAsync(HandoffMessage message, CancellationToken ct);

    Task<IReadOnlyList<HandoffMessage>> TranscriptAsync(Guid handoffId, CancellationToken ct);

    Task AddOfferAsync(HandoffOffer offer, CancellationToken ct);

    Task<IReadOnlyList<HandoffOffer>> OffersAsync(Guid handoffId, CancellationToken ct);

    Task SetPresenceAsync(Guid personId, bool online, DateTimeOffset now, CancellationToken ct);

    /// <summary>Those of <paramref name="personIds"/> who are online now.</summary>
    Task<IReadOnlySet<Guid>> OnlineAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct);
}
