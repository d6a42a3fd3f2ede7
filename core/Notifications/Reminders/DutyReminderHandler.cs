using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// Sends a recurring duty's reminder when its moment comes, if the catalog still gives the duty that date, to the agents
/// of the acting agency, or of the agency that now does its work.
/// </summary>
public sealed class DutyReminderHandler(ProcedureCatalog catalog, IDirectoryStore directory, TimeProvider clock) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (DutyReminderPayload.Read(message) is not { } r)
        {
            return OutboxResult.Failed("Unreadable duty reminder payload.");
        }

        var duty = catalog.Files.SelectMany(f => f.SystemEvents).FirstOrDefault(e => e.Code == r.EventCode);
        if (duty is not { Actor: { } actor } || !duty.Triggers.Any(t => t.DatesIn(r.Date.Year).Contains(r.Date)))
        {
            return OutboxResult.Cancelled("The catalog no longer gives the duty this date.");
        }

        var code = catalog.Successions.SuccessorOf(actor, VietnamTime.Today(clock));
        if (await directory.FindUnitByCodeAsync(code, cancellationToken) is not { } unit)
        {
            return OutboxResult.Cancelled($"No unit of the directory has the acting agency's code '{code}'.");
        }

        var now = clock.GetUtcNow();
        return OutboxResult.Done([.. (await directory.ListHoldersAsync(unit.Id, Role.Agent, cancellationToken)).Select(p =>
            new NotificationPayload(NotificationKind.Reminder, p.Id) { Reminder = DutyReminderPayload.DutyDateSoon, SystemEventCode = r.EventCode, Due = VietnamTime.StartOf(r.Date) }
                .ToMessage($"{message.Id:N}", now))]);
    }
}
