using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Notifications;

/// <summary>What an outbox row about a case change carries; the dispatcher reads the rest from the store.</summary>
public sealed record CaseEventPayload(Guid CaseId, Guid EventId, CaseAction Action, CaseStatus From, CaseStatus To);
