using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Questions;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Questions;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>
/// A case as people read it: Vietnamese status, local times, the time left on the running clock (office hours, or hours
/// of the clock for a rule in calendar time), the requester's own deadline and whether it was kept, what it asks for.
/// </summary>
public sealed class CaseViews(
    DeadlineStatusEvaluator deadlines, RequesterDeadlines requester, ProcedureCatalog catalog, CaseContentReader contents, IDirectoryStore directory)
{
    /// <param name="roles">How the reader stands to the case: phone and ID numbers in its content are masked for some.</param>
    public async Task<CaseView> CreateAsync(Case c, Procedure procedure, CaseRole roles, CancellationToken ct) =>
        Create(c, procedure) with
        {
            Content = await contents.ReadAsync(c, procedure, CaseContent.ShowsPersonalDataTo(roles), ct),
            Timeline = await TimelineAsync(c, ct),
        };

    /// <summary>The case as a row of a list ("hồ sơ của tôi"): what the row shows, its content masked as for the full card.</summary>
    public async Task<CaseListRow> RowAsync(Case c, Procedure procedure, CaseRole roles, CancellationToken ct) => new(
        c.Code ?? "—", procedure.Name, CaseTexts.Status(c.Status), Moment(c.ResolutionDueAt),
        await contents.ReadAsync(c, procedure, CaseContent.ShowsPersonalDataTo(roles), ct));

    /// <summary>
    /// Each step with who took it (who confirmed, received, returned, asked for a supplement...); the requester's own steps,
    /// the service's notes and an agent taking the case himself without a second name.
    /// </summary>
    private async Task<IReadOnlyList<(string When, string What)>> TimelineAsync(Case c, CancellationToken ct)
    {
        var names = new Dictionary<Guid, string?>();
        foreach (var actor in c.Timeline.Where(Named).Select(e => e.ActorId).Distinct())
        {
            names[actor] = (await directory.FindPersonAsync(actor, ct))?.FullName;
        }

        return [.. c.Timeline.OrderBy(e => e.At).Select(e => (Moment(e.At)!,
            Named(e) && names[e.ActorId] is { } name && !(e.Action == CaseAction.Assign && e.Note == name) ? CardText.Get("TimelineBy", null, Happened(e), name) : Happened(e)))];

        bool Named(CaseEvent e) => e.ActorId != Guid.Empty && e.ActorId != c.RequesterId && e.Action != CaseAction.Note;
    }

    private CaseView Create(Case c, Procedure procedure)
    {
        var status = deadlines.Evaluate(c.JurisdictionCode, c.RunningDue, RunningRule(c, procedure).CountsCalendarTime);
        var exchange = c.Status is CaseStatus.WaitingForSupplement or CaseStatus.Supplemented;
        var own = requester.Of(procedure, c).FirstOrDefault();
        return new CaseView
        {
            Id = c.Id,
            Code = c.Code ?? "—",
            ProcedureName = procedure.Name,
            Status = CaseTexts.Status(c.Status),
            ReceiptDue = c.Status == CaseStatus.Submitted ? Moment(c.ReceiptDueAt) : null,
            ResolutionDue = Moment(c.ResolutionDueAt),
            TimeLeft = (status.State, status.CalendarTime) switch
            {
                (DeadlineState.Open, _) => CardText.Get("HoursLeft", null, Hours(status.WorkingTimeLeft)),
                (DeadlineState.Overdue, false) => CardText.Get("CaseOverdue", null, Hours(status.WorkingTimeOverdue)),
                (DeadlineState.Overdue, true) => CardText.Get("CaseOverdueCalendar", null, Hours(status.WorkingTimeOverdue)),
                _ => null,
            },
            Overdue = status.IsOverdue,
            CalendarTime = status.CalendarTime,
            RequesterDue = own is null ? null : CardText.Get("CaseRequesterDueValue", null, Moment(own.Due)!, own.Milestone.Name, own.Milestone.Text ?? own.Milestone.Deadline.ToString()),
            FiledLate = own is not null && c.SubmittedAt is { } sent && own.IsMissedAt(sent)
                ? CardText.Get("CaseFiledLate", null, own.Milestone.Name, Moment(own.Due)!, Moment(sent)!, Math.Ceiling((sent - own.Due).TotalDays))
                : null,
            Advice = c.Status == CaseStatus.Resolved && procedure.PasswordAdvice && catalog.FindJurisdiction(procedure.JurisdictionCode)?.Policy.Passwords is { } passwords
                ? PasswordAdvice.Text(passwords) : null,
            IsQuestion = c.IsQuestion,
            SupplementRequest = exchange ? LastNote(c, CaseAction.RequestSupplement) : null,
            SupplementAnswer = c.Status == CaseStatus.Supplemented ? LastNote(c, CaseAction.Supplement) : null,
            ResultNumber = c.Result?.DocumentNumber,
            ResultDate = c.Result is { Responder: null } result ? VietnamTime.Format(result.DocumentDate) : null,
            ResultSummary = c.Result is { Responder: null } ? c.Result.Summary : null,
            Answer = PublishedAnswer.Of(c, procedure) is { } answer ? AnswerView.From(answer, null) : null,
            Stages = [.. procedure.Stages.Select((name, i) => new StageView(i + 1, name, Stage(c, i + 1)))],
            RejectionReason = c.RejectionReason,
            Rating = c.Rating is { } r ? r.Comment is null ? CardText.Get("CaseRatingValue", null, r.Score) : CardText.Get("CaseRatingValueComment", null, r.Score, r.Comment) : null,
        };
    }

    /// <summary>The rule of the clock that runs: the jurisdiction's receipt rule while a receipt clock runs, else the procedure's.</summary>
    private DeadlineRule RunningRule(Case c, Procedure p) =>
        c.Status == CaseStatus.Submitted && c.ReceiptDueAt is not null && catalog.FindJurisdiction(c.JurisdictionCode)?.Policy.Receipt is { } receipt ? receipt : p.Deadline;

    /// <summary>Stages before the current one are done, and the current one too once the case is resolved.</summary>
    private static StageState Stage(Case c, int number) =>
        number < c.Stage || (number == c.Stage && c.Status == CaseStatus.Resolved) ? StageState.Done
        : number == c.Stage ? StageState.Current
        : StageState.ToCome;

    /// <summary>
    /// A timeline line: the status it reached, for a change of hands who was given the case, for the service's own
    /// notes (how a message reached someone) the note alone, the status not having changed.
    /// </summary>
    private static string Happened(CaseEvent e) => e.Action switch
    {
        CaseAction.Assign => e.Note is { } name ? CardText.Get("TimelineAssignedTo", null, name) : CardText.Get("TimelineAssigned"),
        CaseAction.Note => e.Note ?? "",
        _ => e.Note is null ? CaseTexts.Status(e.ToStatus) : $"{CaseTexts.Status(e.ToStatus)}: {e.Note}",
    };

    private static string? LastNote(Case c, CaseAction action) => c.Timeline.Where(e => e.Action == action).OrderBy(e => e.At).LastOrDefault()?.Note;

    private static string? Moment(DateTimeOffset? moment) =>
        moment is { } m ? VietnamTime.Format(m) : null;

    /// <summary>Working hours in the reader's language: "1.234,5" in Vietnamese, "1,234.5" in English.</summary>
    private static string Hours(TimeSpan t) => t.TotalHours.ToString("#,0.#", ResourceTexts.Current);
}
