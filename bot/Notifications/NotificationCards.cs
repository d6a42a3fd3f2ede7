using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Notifications;

/// <summary>Draws a message for its recipient from the store as it stands now; null when there is nothing he may still be told.</summary>
public sealed class NotificationCards(ICaseStore cases, ProcedureCatalog catalog, CaseViews views)
{
    public async Task<Card?> ForAsync(NotificationPayload n, PersonRoles viewer, CancellationToken ct)
    {
        if (n.CaseId is not { } caseId || await cases.FindAsync(caseId, ct) is not { } c || catalog.Find(c.ProcedureCode) is not { } procedure)
        {
            return null;
        }

        // Roles change: someone who may no longer see the case is not told about it.
        var roles = CaseAccess.RolesFor(viewer, c);
        if (!CaseAccess.CanView(roles))
        {
            return null;
        }

        return CaseCard.Create(views.Create(c, procedure), NotificationHeadlines.For(n, c, roles));
    }
}
