using System.Text.Json;

namespace InternalTthc.Core.Notifications;

/// <summary>An outbox row that brings every shown card of a case up to date after one of its events.</summary>
public sealed record CaseCardsPayload(Guid CaseId)
{
    public const string Topic = "case.cards";

    /// <summary>One row per event: a second event's row finds the cards already current and sends nothing.</summary>
    public static OutboxMessage For(CaseEventPayload e, DateTimeOffset at) => new()
    {
        Topic = Topic,
        CaseId = e.CaseId,
        Payload = JsonSerializer.Serialize(new CaseCardsPayload(e.CaseId)),
        IdempotencyKey = $"{Topic}:{e.EventId:N}",
        CreatedAt = at,
        NextAttemptAt = at,
    };

    public static CaseCardsPayload? Read(OutboxMessage message) => JsonSerializer.Deserialize<CaseCardsPayload>(message.Payload);
}
