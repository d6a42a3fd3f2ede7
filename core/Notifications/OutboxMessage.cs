using System.Text.Json;
using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Notifications;

/// <summary>
/// A message written in the same transaction as the state change it reports; a dispatcher sends
/// it later, so nothing acknowledged is lost and nothing is sent twice (one row, one key).
/// </summary>
public sealed class OutboxMessage
{
    public const string CaseEventTopic = "case.event";

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Topic { get; init; }
    public Guid? CaseId { get; init; }

    /// <summary>The person a delivery row is for; null for rows that only plan others (case events, reminders).</summary>
    public Guid? RecipientId { get; init; }

    /// <summary>The announcement a delivery row belongs to, for its delivery report.</summary>
    public Guid? AnnouncementId { get; init; }

    /// <summary>
    /// Rows of one key are sent in the order they were queued: a row waits while an earlier one of its key is pending,
    /// so two instances never deliver "received" after "result" for one person and one case.
    /// </summary>
    public string? OrderKey { get; init; }
    public required string Payload { get; init; }

    /// <summary>Unique: the same fact can never be queued twice.</summary>
    public required string IdempotencyKey { get; init; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset NextAttemptAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>
    /// The lease token of the one dispatcher allowed to send this row now, and when it claimed it (<see cref="SendClaims"/>):
    /// unlike the lease, never renewed, and taken over only once older than <see cref="OutboxOptions.SendClaimValidity"/>.
    /// </summary>
    public string? SendClaim { get; set; }
    public DateTimeOffset? SendClaimedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>A row that only plans what to tell (a reminder): sent at <paramref name="at"/>, once per <paramref name="key"/>.</summary>
    public static OutboxMessage Planned<T>(string topic, T payload, string key, DateTimeOffset now, DateTimeOffset at, Guid? recipientId = null) => new()
    {
        Topic = topic,
        RecipientId = recipientId,
        Payload = JsonSerializer.Serialize(payload),
        IdempotencyKey = key,
        CreatedAt = now,
        NextAttemptAt = at,
    };

    public static OutboxMessage ForCaseEvent(CaseEvent e) => new()
    {
        Topic = CaseEventTopic,
        CaseId = e.CaseId,
        Payload = JsonSerializer.Serialize(new CaseEventPayload(e.CaseId, e.Id, e.Action, e.FromStatus, e.ToStatus)),
        IdempotencyKey = $"{CaseEventTopic}:{e.Id:N}",
        // One case's events are turned into messages in order, so the messages they lead to are queued in order too.
        OrderKey = $"{e.CaseId:N}",
        CreatedAt = e.At,
        NextAttemptAt = e.At,
    };
}
