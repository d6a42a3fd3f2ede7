using System.Text.Json;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications.Reminders;

namespace InternalTthc.Core.Notifications;

/// <summary>
/// Turns a committed case change into one message per person concerned (never to the one who made the change):
/// the requester's side hears of every step of its case, the agents of what they must do, the deciding authority of what waits for it;
/// plans the reminders of the case's new state, and the update of the case cards already shown.
/// </summary>
public sealed class CaseEventNotifier(ICaseStore cases, CaseAudience audience, ReminderPlanner reminders, TimeProvider clock) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var e = JsonSerializer.Deserialize<CaseEventPayload>(message.Payload);
        if (e is null)
        {
            return OutboxResult.Failed("Unreadable case event payload.");
        }

        if (e.Action == CaseAction.Note)
        {
            return OutboxResult.Done(); // a line for the record: nobody is told, nothing is planned
        }

        var c = await cases.FindAsync(e.CaseId, cancellationToken);
        var actor = c?.Timeline.FirstOrDefault(t => t.Id == e.EventId)?.ActorId;
        if (c is null || actor is null)
        {
            return OutboxResult.Cancelled("The case or its event is gone.");
        }

        var recipients = await RecipientsAsync(c, e, cancellationToken);
        var messages = recipients.Where(id => id != actor).Distinct()
            .Select(id => new NotificationPayload(NotificationKind.CaseChanged, id) { CaseId = c.Id, EventId = e.EventId, Action = e.Action, ToStatus = e.To }
                .ToMessage($"{e.EventId:N}", message.CreatedAt))
            .ToList();

        // The reminders of the state the case is in now; those of earlier states cancel themselves when due.
        var now = clock.GetUtcNow();
        messages.AddRange(reminders.PlanFor(c, now).Select(r => new ReminderPayload(r, c.Id).ToMessage(now)));
        // The cards of the case people already have (notifications, replies, shared Teams cards) show the new state too.
        messages.Add(CaseCardsPayload.For(e, message.CreatedAt));
        return OutboxResult.Done(messages);
    }

    private async Task<IReadOnlyList<Guid>> RecipientsAsync(Case c, CaseEventPayload e, CancellationToken ct) => e.Action switch
    {
        CaseAction.Submit when e.To == CaseStatus.AwaitingConfirmation => await audience.FocalPointsAsync(c, ct),
        CaseAction.Submit => await audience.HandlersAsync(c, ct),
        CaseAction.ConfirmForUnit => [c.RequesterId, .. await audience.HandlersAsync(c, ct)],
        CaseAction.Withdraw when e.From is CaseStatus.Draft or CaseStatus.AwaitingConfirmation => [],
        CaseAction.Withdraw or CaseAction.Supplement or CaseAction.ReturnForRework => await audience.HandlersAsync(c, ct),
        CaseAction.Assign => c.AssigneeId is { } assignee ? [assignee] : [],
        CaseAction.Resolve when e.To == CaseStatus.AwaitingApproval => [.. await audience.DecidingAuthorityAsync(c, ct), .. await audience.RequesterSideAsync(c, ct)],
        CaseAction.Approve => [.. await audience.RequesterSideAsync(c, ct), .. await audience.HandlersAsync(c, ct)],
        _ => await audience.RequesterSideAsync(c, ct),
    };
}
