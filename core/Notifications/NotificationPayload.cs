using System.Text.Json;
using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Notifications;

/// <summary>
/// A message for one person, as an outbox row carries it; the card is drawn when it is sent, from the case as it
/// then stands, so it never shows a state older than the store's.
/// </summary>
public sealed record NotificationPayload(NotificationKind Kind, Guid RecipientId)
{
    public const string Topic = "notify";

    public Guid? CaseId { get; init; }

    /// <summary>The timeline event a <see cref="NotificationKind.CaseChanged"/> message reports.</summary>
    public Guid? EventId { get; init; }

    public CaseAction? Action { get; init; }
    public CaseStatus? ToStatus { get; init; }

    /// <summary>The reminder a <see cref="NotificationKind.Reminder"/> message carries, by name.</summary>
    public string? Reminder { get; init; }

    /// <summary>The due moment a reminder speaks of.</summary>
    public DateTimeOffset? Due { get; init; }

    public Guid? AnnouncementId { get; init; }

    /// <summary>The new expected moment a late case's apology gives.</summary>
    public DateTimeOffset? ExpectedAt { get; init; }

    /// <summary>The procedure a yearly reminder is about (it belongs to no case).</summary>
    public string? ProcedureCode { get; init; }

    /// <summary>The dated step a yearly or draft reminder is about ("Tự đánh giá ...", "Gửi văn bản đề nghị ...").</summary>
    public string? Milestone { get; init; }

    /// <summary>The unfinished form a draft reminder is about, to resume it from the message.</summary>
    public Guid? DraftId { get; init; }

    /// <summary>The system event whose recurring duty a duty reminder is about ("định kỳ hằng quý báo cáo ...").</summary>
    public string? SystemEventCode { get; init; }

    /// <param name="sendAt">When to send it, if later than <paramref name="at"/> (announcements are spread out by the throttle).</param>
    public OutboxMessage ToMessage(string key, DateTimeOffset at, DateTimeOffset? sendAt = null) => new()
    {
        Topic = Topic,
        CaseId = CaseId,
        RecipientId = RecipientId,
        AnnouncementId = AnnouncementId,
        OrderKey = CaseId is { } caseId ? $"{caseId:N}:{RecipientId:N}" : null,
        Payload = JsonSerializer.Serialize(this),
        IdempotencyKey = Key(key, RecipientId),
        CreatedAt = at,
        NextAttemptAt = sendAt ?? at,
    };

    /// <summary>The row key of the message about <paramref name="key"/> (a case event's id, "N" format) to one person.</summary>
    public static string Key(string key, Guid recipientId) => $"{Topic}:{key}:{recipientId:N}";

    public static NotificationPayload? Read(OutboxMessage message) => JsonSerializer.Deserialize<NotificationPayload>(message.Payload);
}
