using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Notifications;

/// <summary>Draws a message for its recipient from the store as it stands now; null when there is nothing he may still be told.</summary>
public sealed class NotificationCards(ICaseStore cases, IAnnouncementStore announcements, ProcedureCatalog catalog, CaseCards caseCards, TimeProvider clock)
{
    public async Task<Card?> ForAsync(NotificationPayload n, PersonRoles viewer, CancellationToken ct)
    {
        if (n.Kind == NotificationKind.Announcement)
        {
            // A maintenance notice is worth nothing once the maintenance has begun (a late reader, one who wrote to the bot only now).
            return n.AnnouncementId is { } id && await announcements.FindAsync(id, ct) is { } a && !(a.MaintenanceAt < clock.GetUtcNow()) ? Announcement(a) : null;
        }

        if (n is { Kind: NotificationKind.Reminder, CaseId: null, DraftId: { } draft })
        {
            // An unfinished request whose own deadline is near: the button resumes the form where it was left.
            return catalog.Find(n.ProcedureCode ?? "") is { } drafted
                ? NoticeCard.Create(NotificationText.Get("DraftTitle"), NotificationText.Get("DraftDueSoon", null, drafted.DisplayName, n.Milestone ?? drafted.Name, NotificationHeadlines.Moment(n.Due)),
                    TextRole.Warning, new CardButton(CardText.Get("ButtonResume"), CardData.Action(CardData.ResumeForm, ("session", draft.ToString("N"))), ButtonStyle.Positive) { Command = "tiếp tục" })
                : null;
        }

        if (n is { Kind: NotificationKind.Reminder, CaseId: null, SystemEventCode: { } duty })
        {
            return catalog.Files.SelectMany(f => f.SystemEvents).FirstOrDefault(e => e.Code == duty) is { } e
                ? NoticeCard.Create(NotificationText.Get("DutyTitle"), NotificationText.Get("DutyDateSoon", null, e.Name, Day(n.Due), e.Source.Section, e.Text), TextRole.Warning)
                : null;
        }

        if (n is { Kind: NotificationKind.Reminder, CaseId: null })
        {
            return catalog.Find(n.ProcedureCode ?? "") is { } yearly
                ? NoticeCard.Create(NotificationText.Get("YearlyTitle"), NotificationText.Get("YearlyDateSoon", null, yearly.DisplayName, n.Milestone ?? yearly.Name, NotificationHeadlines.Moment(n.Due)), TextRole.Warning)
                : null;
        }

        if (n.CaseId is not { } caseId || await cases.FindAsync(caseId, ct) is not { } c || catalog.Find(c.ProcedureCode) is null)
        {
            return null;
        }

        // Roles change: someone who may no longer see the case is not told about it.
        var roles = CaseAccess.RolesFor(viewer, c);
        if (!CaseAccess.CanView(roles))
        {
            return null;
        }

        var headline = n.Kind == NotificationKind.Reminder ? NotificationHeadlines.ForReminder(n, c) : NotificationHeadlines.For(n, c, roles);
        // The case as it stands, with what this person may do about it now (receive, supplement, rate...).
        return await caseCards.ForViewerAsync(viewer, c, headline, null, ct);
    }

    /// <summary>The day a duty must be done before (its row keeps the start of that day).</summary>
    private static string Day(DateTimeOffset? due) => due is { } d ? VietnamTime.Format(VietnamTime.DayOf(d)) : "—";

    private static Card Announcement(Announcement a) => NoticeCard.Create(a.Title, a.MaintenanceAt is { } start
        ? $"{a.Text}\n\n{NotificationText.Get("MaintenanceAt", null, VietnamTime.Format(start))}"
        : a.Text, a.Urgent ? TextRole.Warning : TextRole.Body);
}
