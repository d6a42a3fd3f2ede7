using System.Text.Json;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// A planned reminder as an outbox row: due at its moment, it checks the case still is where it was planned and
/// then tells the people of its audience. A case reminder names its case; a yearly one its procedure and year.
/// </summary>
public sealed record ReminderPayload(PlannedReminder Reminder, Guid? CaseId, string? ProcedureCode = null, int? Year = null)
{
    public const string Topic = "reminder";

    public OutboxMessage ToMessage(DateTimeOffset now)
    {
        var r = Reminder;
        var subject = CaseId is { } id ? $"{id:N}" : $"{ProcedureCode}:{Year}:{r.Milestone}";
        return new OutboxMessage
        {
            Topic = Topic,
            CaseId = CaseId,
            Payload = JsonSerializer.Serialize(this),
            IdempotencyKey = $"{Topic}:{subject}:{r.Kind}:{r.Sequence}:{r.Due?.UtcTicks}:{r.Since?.UtcTicks}:{r.At.UtcTicks}",
            CreatedAt = now,
            NextAttemptAt = r.At,
        };
    }

    public static ReminderPayload? Read(OutboxMessage message) => JsonSerializer.Deserialize<ReminderPayload>(message.Payload);
}
