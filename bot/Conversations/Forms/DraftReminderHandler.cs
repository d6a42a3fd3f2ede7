using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Notifications.Reminders;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// Sends a draft reminder when its moment comes, if the form is still unfinished and its answers still give the same
/// deadline; a form sent, cancelled, replaced or with another date cancels it.
/// </summary>
public sealed class DraftReminderHandler(FormSessions sessions, ProcedureCatalog catalog, DraftReminderPlanner planner, FormPlan plan, TimeProvider clock) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (DraftReminderPayload.Read(message) is not { } r)
        {
            return OutboxResult.Failed("Unreadable draft reminder payload.");
        }

        var loaded = await sessions.LoadAsync(r.PersonId, cancellationToken);
        if (loaded is not { Session: { IsOpen: true } draft } || draft.Id != r.DraftId || catalog.Find(draft.ProcedureCode) is not { } procedure)
        {
            return OutboxResult.Cancelled("The draft was sent, cancelled or replaced before the reminder was due.");
        }

        var fields = procedure.FieldsFor(draft.SubCaseCode).ToList();
        if (!planner.StillDue(procedure, r, plan.Stored(fields, draft.Values, _ => [])))
        {
            return OutboxResult.Cancelled("The draft's date changed: its reminders were planned again.");
        }

        return OutboxResult.Done([r.Notice(message, clock.GetUtcNow())]);
    }
}
