using System.Text.Json;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// A reminder of a recurring duty's date (a system event with a dated schedule: "định kỳ hằng quý báo cáo ..."), as an
/// outbox row: at its moment, the sender checks the catalog still gives that date, then tells the actor's agents.
/// </summary>
/// <param name="Date">The day the duty must be done before.</param>
public sealed record DutyReminderPayload(string EventCode, DateOnly Date, DateTimeOffset At)
{
    public const string Topic = "duty.reminder";

    /// <summary>The reminder name of the message a duty reminder sends.</summary>
    public const string DutyDateSoon = "DutyDateSoon";

    /// <summary>One row per duty, date and moment: planning again (a restart, a second instance) queues nothing new.</summary>
    public OutboxMessage ToMessage(DateTimeOffset now) => OutboxMessage.Planned(Topic, this, $"{Topic}:{EventCode}:{Date:yyyyMMdd}:{At.UtcTicks}", now, At);

    public static DutyReminderPayload? Read(OutboxMessage message) => JsonSerializer.Deserialize<DutyReminderPayload>(message.Payload);
}
