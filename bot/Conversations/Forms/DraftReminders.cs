using InternalTthc.Core.Forms;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Notifications.Reminders;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// Queues the reminders of an unfinished form whose answers start the requester's own deadline (the decision date of a
/// termination): queued again after every saved answer, each one once (the outbox skips a key already queued).
/// </summary>
public sealed class DraftReminders(DraftReminderPlanner planner, FormPlan plan, IOutboxStore outbox, TimeProvider clock)
{
    public async Task PlanAsync(FormContext ctx, FormSession session, CancellationToken ct)
    {
        if (!session.IsOpen || ctx.Procedure.Milestones.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var stored = plan.Stored(ctx.Fields(session), session.Values, ctx.OptionsFor);
        var rows = planner.Plan(ctx.Procedure, ctx.Person.Person.Id, session.Id, stored, now).Select(r => r.ToMessage(now)).ToList();
        if (rows.Count > 0)
        {
            await outbox.AddAsync(rows, ct);
        }
    }
}
