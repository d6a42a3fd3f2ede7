using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// Sends a case's reminder when its moment comes, if the case is still where it was planned (else it is cancelled),
/// to the people of its audience, and queues the next repetition. The first overdue notice also carries the
/// apology to the requester's side that Vietnamese portals owe for a late case.
/// </summary>
public sealed class CaseReminderHandler(
    ICaseStore cases, CaseAudience audience, ReminderPlanner planner, YearlyReminders yearly, IDeadlineCalculator calendar, TimeProvider clock) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (ReminderPayload.Read(message) is not { } payload)
        {
            return OutboxResult.Failed("Unreadable reminder payload.");
        }

        if (payload.CaseId is not { } caseId)
        {
            return await yearly.HandleAsync(message, payload, cancellationToken);
        }

        var r = payload.Reminder;
        if (await cases.FindAsync(caseId, cancellationToken) is not { } c || !planner.IsStillDue(c, r))
        {
            return OutboxResult.Cancelled("The case moved on before the reminder was due.");
        }

        var now = clock.GetUtcNow();
        var messages = Notices(await RecipientsAsync(c, r.Audience, cancellationToken), r.Kind.ToString(), null);
        if (r is { Kind: ReminderKind.ResolutionOverdue, Sequence: 0 })
        {
            messages.AddRange(Notices(await audience.RequesterSideAsync(c, cancellationToken), LateApology, calendar.AddWorkingTime(c.JurisdictionCode, now, OneWorkingDay)));
        }

        if (planner.Next(c, r) is { } next)
        {
            messages.Add((payload with { Reminder = next }).ToMessage(now));
        }

        return OutboxResult.Done(messages);

        // One message per person; the reminder's name keeps an apology apart from a reminder to the same person.
        List<OutboxMessage> Notices(IEnumerable<Guid> people, string reminder, DateTimeOffset? expected) =>
            [.. people.Distinct().Select(id => new NotificationPayload(NotificationKind.Reminder, id) { CaseId = c.Id, Reminder = reminder, Due = r.Due, ExpectedAt = expected }
                .ToMessage($"{message.Id:N}:{reminder}", now))];
    }

    /// <summary>The reminder name of the apology a late case's requester receives.</summary>
    public const string LateApology = "LateApology";

    /// <summary>The new expected date the apology gives: one working day on, while the leader is told (escalation).</summary>
    private static readonly TimeSpan OneWorkingDay = TimeSpan.FromHours(8);

    private async Task<IReadOnlyList<Guid>> RecipientsAsync(Case c, ReminderAudience who, CancellationToken ct) => who switch
    {
        ReminderAudience.AssigneeOrQueue => await audience.HandlersAsync(c, ct),
        ReminderAudience.ExecutingLeader => await audience.LeadersAsync(c, ct),
        ReminderAudience.DecidingAuthority => await audience.DecidingAuthorityAsync(c, ct),
        ReminderAudience.FocalPoints => await audience.FocalPointsAsync(c, ct),
        _ => await audience.RequesterSideAsync(c, ct),
    };
}
