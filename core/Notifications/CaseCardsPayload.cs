using System.Text.Json;

namespace InternalTthc.Core.Notifications;

/// <summary>An outbox row that brings every shown card of a case up to date after one of its events.</summary>
public sealed record CaseCardsPayload(Guid CaseId)
{
    /// <summary>The timeline event the row follows; null for a change without one (a rating) and for a stale card's second look.</summary>
    public Guid? EventId { get; init; }

    public const string Topic = "case.cards";

    /// <summary>One row per event: a second event's row finds the cards already current and sends nothing.</summary>
    public static OutboxMessage For(CaseEventPayload e, DateTimeOffset at) => Row(e.CaseId, $"{e.EventId:N}", at, e.EventId);

    /// <summary>One row per version of a case changed without a timeline event (a rating).</summary>
    public static OutboxMessage ForVersion(Guid caseId, int version, DateTimeOffset at) => Row(caseId, $"{caseId:N}:v{version}", at);

    /// <summary>
    /// A card a channel took after the case changed again (a press answered from an older state), or one that pushed an
    /// older card out of those kept current: the cards are looked at once more. A row of its own each time, as each such card is a fact of its own.
    /// </summary>
    public static OutboxMessage ForStaleCard(Guid caseId, DateTimeOffset at) => Row(caseId, $"stale:{Guid.NewGuid():N}", at);

    private static OutboxMessage Row(Guid caseId, string key, DateTimeOffset at, Guid? eventId = null) => new()
    {
        Topic = Topic,
        CaseId = caseId,
        Payload = JsonSerializer.Serialize(new CaseCardsPayload(caseId) { EventId = eventId }),
        IdempotencyKey = $"{Topic}:{key}",
        CreatedAt = at,
        NextAttemptAt = at,
    };

    public static CaseCardsPayload? Read(OutboxMessage message) => JsonSerializer.Deserialize<CaseCardsPayload>(message.Payload);
}
