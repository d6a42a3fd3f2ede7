using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// Reminders of the yearly dates (the DTI self-assessment before 10 November...): planned for a year as outbox rows,
/// and sent when due to the focal points of the units that file the procedure and have not submitted it this year.
/// </summary>
public sealed class YearlyReminders(ProcedureCatalog catalog, ReminderPlanner planner, IDirectoryStore directory, Cases.ICaseStore cases, TimeProvider clock)
{
    /// <summary>The rows of every procedure's yearly reminders in <paramref name="year"/>; queuing them twice adds nothing.</summary>
    public IReadOnlyList<OutboxMessage> Plan(int year)
    {
        var now = clock.GetUtcNow();
        return [.. catalog.Procedures.SelectMany(p => planner.PlanYearly(p, year).Where(r => r.At > now)
            .Select(r => new ReminderPayload(r, null, p.Code, year).ToMessage(now)))];
    }

    public async Task<OutboxResult> HandleAsync(OutboxMessage message, ReminderPayload payload, CancellationToken ct)
    {
        if (payload is not { ProcedureCode: { } code, Year: { } year } || catalog.Find(code) is not { } procedure)
        {
            return OutboxResult.Cancelled("The procedure of the yearly reminder is no longer in the catalog.");
        }

        var startOfYear = VietnamTime.ToUtc(new DateTime(year, 1, 1));
        var today = VietnamTime.Today(clock);
        var messages = new List<OutboxMessage>();
        // A suspended procedure (the district DTI once districts are gone) reminds nobody.
        foreach (var unit in (await directory.ListUnitsAsync(procedure.JurisdictionCode, ct)).Where(u => catalog.Offers(procedure, u, today)))
        {
            if (await cases.HasSubmittedSinceAsync(unit.Id, code, startOfYear, ct))
            {
                continue;
            }

            messages.AddRange((await directory.ListHoldersAsync(unit.Id, Role.FocalPoint, ct)).Select(p =>
                new NotificationPayload(NotificationKind.Reminder, p.Id)
                {
                    Reminder = payload.Reminder.Kind.ToString(), Due = payload.Reminder.Due, ProcedureCode = code, Milestone = payload.Reminder.Milestone,
                }.ToMessage($"{message.Id:N}", clock.GetUtcNow())));
        }

        return OutboxResult.Done(messages);
    }
}
