using System.Text.Json;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// A reminder of an unfinished request whose requester's deadline runs (a termination within 15 days of the decision),
/// as an outbox row: at its moment, the sender checks the draft is still unfinished with the same deadline, then tells him.
/// </summary>
public sealed record DraftReminderPayload(Guid PersonId, Guid DraftId, string ProcedureCode, string Milestone, DateTimeOffset Due, DateTimeOffset At)
{
    public const string Topic = "draft.reminder";

    public OutboxMessage ToMessage(DateTimeOffset now) =>
        OutboxMessage.Planned(Topic, this, $"{Topic}:{DraftId:N}:{Due.UtcTicks}:{At.UtcTicks}", now, At, PersonId);

    public static DraftReminderPayload? Read(OutboxMessage message) => JsonSerializer.Deserialize<DraftReminderPayload>(message.Payload);

    /// <summary>The message to the person, keyed by the row it comes from.</summary>
    public OutboxMessage Notice(OutboxMessage row, DateTimeOffset now) =>
        new NotificationPayload(NotificationKind.Reminder, PersonId)
        {
            Reminder = DraftDueSoon, ProcedureCode = ProcedureCode, Milestone = Milestone, Due = Due, DraftId = DraftId,
        }.ToMessage($"{row.Id:N}", now);

    /// <summary>The reminder name of the message a draft reminder sends.</summary>
    public const string DraftDueSoon = "DraftDueSoon";
}
