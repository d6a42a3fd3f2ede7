using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using static InternalTthc.Core.Notifications.Reminders.ReminderKind;

namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// Plans reminders and escalation from a case's due moments, its procedure's <see cref="ReminderPolicy"/>
/// and the working calendar. It only plans: a scheduler sends what is due, asks <see cref="IsStillDue"/>
/// first, plans the following repetition with <see cref="Next"/>, and plans afresh after every change.
/// Offsets and intervals count working time; unless the policy reminds at any hour, a moment outside
/// office hours waits for the next session.
/// </summary>
public sealed class ReminderPlanner(IDeadlineCalculator calendar, ProcedureCatalog catalog)
{
    /// <summary>Stored moments come back from PostgreSQL in whole microseconds; a planned one must still match them.</summary>
    private static readonly TimeSpan SameMoment = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// The first reminder of each kind for the case's current stage. Past moments are dropped, except
    /// the first of a repeating chain (overdue, escalation, supplement waiting), which is sent now.
    /// </summary>
    public IReadOnlyList<PlannedReminder> PlanFor(Case c, DateTimeOffset now)
    {
        if (catalog.Find(c.ProcedureCode) is not { } procedure)
        {
            return []; // A procedure gone from the catalog: there is no policy to plan with.
        }

        var policy = catalog.RemindersFor(procedure);
        var stage = ReminderStages.Of(c.Status);
        var due = c.RunningDue;
        var since = ReminderStages.SinceOf(c);
        var clock = ClockOf(c, procedure);
        // Without a receipt clock, a case waiting for receipt runs its resolution clock (counted from its arrival).
        var receipt = c.ReceiptDueAt is not null;
        var moments = stage switch
        {
            ReminderStage.Receipt when receipt => AroundDue(clock, policy, due, since, ReceiptDueSoon, ReceiptOverdue, policy.BeforeReceiptDueHours, ReminderAudience.AssigneeOrQueue),
            ReminderStage.Receipt or ReminderStage.Resolution => AroundDue(clock, policy, due, since, ResolutionDueSoon, ResolutionOverdue, policy.BeforeResolutionDueHours, ReminderAudience.AssigneeOrQueue),
            ReminderStage.Approval => AroundDue(clock, policy, due, since, ResolutionDueSoon, ResolutionOverdue, policy.BeforeResolutionDueHours, ReminderAudience.DecidingAuthority),
            ReminderStage.Supplement => [(SupplementWaiting, ReminderAudience.RequesterSide, Moment(clock, policy, SupplementWaiting, null, since, 0))],
            _ => [],
        };
        var planned =
            from m in moments
            where m.At is not null
            select new PlannedReminder(m.Kind, m.Audience, Shift(c, clock, policy, m.At!.Value), c.Status, due, since);
        return [.. planned.Select(r => Timely(c, clock, policy, r, now)).OfType<PlannedReminder>().OrderBy(r => r.At)];
    }

    /// <summary>The repetition after <paramref name="fired"/>: the first one later than it; null when the kind does not repeat or the case moved on.</summary>
    public PlannedReminder? Next(Case c, PlannedReminder fired)
    {
        if (!IsStillDue(c, fired) || catalog.Find(c.ProcedureCode) is not { } procedure || fired.Since is not { } since)
        {
            return null;
        }

        var policy = catalog.RemindersFor(procedure);
        var clock = ClockOf(c, procedure);
        for (var n = FirstCandidate(clock, policy, fired); ; n++)
        {
            if (Moment(clock, policy, fired.Kind, fired.Due, since, n) is not { } moment)
            {
                return null;
            }

            var at = Shift(c, clock, policy, moment);
            if (at > fired.At) return fired with { At = at, Sequence = n };
        }
    }

    /// <summary>Whether the case is still where the reminder found it: same stage, same due moment, not left and re-entered since.</summary>
    public bool IsStillDue(Case c, PlannedReminder r)
    {
        var stage = ReminderStages.Of(c.Status);
        return r.Status is { } status && stage != ReminderStage.None && ReminderStages.Of(status) == stage
            && Same(r.Due, c.RunningDue) && Same(r.Since, ReminderStages.SinceOf(c));
    }

    /// <summary>
    /// Reminders of the yearly dates of <paramref name="year"/>: N working days before each "trước ngày D/M" bound (several in one rule)
    /// (milestones and deadlines) and before the end of a "vào tháng M" month, at the opening of that day's office
    /// hours; a month also gets one when it opens, since the whole month is the time to file.
    /// </summary>
    public IReadOnlyList<PlannedReminder> PlanYearly(Procedure p, int year)
    {
        var policy = catalog.RemindersFor(p);
        if (policy.BeforeYearlyDateDays.Count == 0)
        {
            return [];
        }

        var dates = p.Milestones.Select(m => (m.Deadline, Audience: AudienceOf(m.Party), Milestone: (string?)m.Name))
            .Append((p.Deadline, ReminderAudience.AssigneeOrQueue, null))
            .Where(x => x.Deadline.Kind is DeadlineKind.BeforeDate or DeadlineKind.InMonth);
        var planned =
            from date in dates
            from window in YearlyWindow.Of(date.Deadline, year)
            let due = calendar.ComputeDue(p.JurisdictionCode, date.Deadline, VietnamTime.StartOf(window.Bound.AddDays(-1)))
            let before = policy.BeforeYearlyDateDays.Select(days => VietnamTime.StartOf(calendar.WorkingDaysBefore(window.Bound, days)))
            from at in window.Opens is { } opens ? before.Prepend(VietnamTime.StartOf(opens)) : before
            select new PlannedReminder(YearlyDateSoon, date.Audience, calendar.NextWorkingMoment(p.JurisdictionCode, at), null, due, null) { Milestone = date.Milestone };
        return [.. planned.DistinctBy(r => (r.At, r.Audience, r.Milestone)).OrderBy(r => r.At)];
    }

    /// <summary>Before the due moment, at it, and (but not while the deciding authority holds the case) escalation.</summary>
    private IEnumerable<(ReminderKind Kind, ReminderAudience Audience, DateTimeOffset? At)> AroundDue(
        ReminderClock clock, ReminderPolicy policy, DateTimeOffset? due, DateTimeOffset since,
        ReminderKind soon, ReminderKind overdue, IReadOnlyList<int> offsets, ReminderAudience audience)
    {
        if (due is not { } d)
        {
            yield break;
        }

        foreach (var hours in offsets)
        {
            yield return (soon, audience, clock.Before(d, hours));
        }

        yield return (overdue, audience, d);
        // A deciding authority is a leader itself: nobody above it is told.
        if (audience != ReminderAudience.DecidingAuthority)
        {
            yield return (Escalation, ReminderAudience.ExecutingLeader, Moment(clock, policy, Escalation, d, since, 0));
        }
    }

    /// <summary>The nominal moment of the nth reminder of a repeating kind; null when the policy sets none.</summary>
    private DateTimeOffset? Moment(ReminderClock clock, ReminderPolicy policy, ReminderKind kind, DateTimeOffset? due, DateTimeOffset since, int n) => kind switch
    {
        ReceiptOverdue or ResolutionOverdue when due is { } d && (n == 0 || policy.OverdueRepeatHours is not null) =>
            clock.After(d, n * (policy.OverdueRepeatHours ?? 0)),
        Escalation when due is { } d && policy.EscalateAfterOverdueHours is { } first && (n == 0 || policy.EscalationRepeatHours is not null) =>
            clock.After(d, first + n * (policy.EscalationRepeatHours ?? 0)),
        SupplementWaiting when policy.SupplementWaitingDays is { } days => AfterWorkingDays(since, days * (n + 1)),
        _ => null,
    };

    /// <summary>
    /// Where to start looking for the repetition after <paramref name="fired"/>: a late first reminder
    /// (a case planned long after it ran overdue) must not replay every repetition it missed.
    /// </summary>
    private static int FirstCandidate(ReminderClock clock, ReminderPolicy policy, PlannedReminder fired)
    {
        var (offset, interval) = fired.Kind switch
        {
            ReceiptOverdue or ResolutionOverdue => (0, policy.OverdueRepeatHours),
            Escalation => (policy.EscalateAfterOverdueHours ?? 0, policy.EscalationRepeatHours),
            _ => (0, null),
        };
        if (fired.Due is not { } due || interval is not > 0)
        {
            return fired.Sequence + 1;
        }

        var late = clock.Between(due, fired.At) - TimeSpan.FromHours(offset);
        return Math.Max(fired.Sequence + 1, (int)(late.Ticks / TimeSpan.FromHours(interval.Value).Ticks));
    }

    private PlannedReminder? Timely(Case c, ReminderClock clock, ReminderPolicy policy, PlannedReminder r, DateTimeOffset now) =>
        r.At >= now ? r
        : r.Kind is ReceiptOverdue or ResolutionOverdue or Escalation or SupplementWaiting ? r with { At = Shift(c, clock, policy, now) }
        : null;

    /// <summary>Into office hours, unless the policy says any hour, or (by default) the case is urgent or its clock runs day and night.</summary>
    private DateTimeOffset Shift(Case c, ReminderClock clock, ReminderPolicy policy, DateTimeOffset moment) =>
        (policy.AnyHour ?? (c.Urgent || clock.CalendarTime)) ? moment.ToUniversalTime() : calendar.NextWorkingMoment(c.JurisdictionCode, moment);

    /// <summary>The rule behind the running clock decides how its reminders count: the receipt policy's while a receipt clock runs, else the procedure's.</summary>
    private ReminderClock ClockOf(Case c, Procedure procedure)
    {
        var receipt = c.Status == CaseStatus.Submitted && c.ReceiptDueAt is not null ? catalog.FindJurisdiction(c.JurisdictionCode)?.Policy.Receipt : null;
        return new ReminderClock(calendar, c.JurisdictionCode, (receipt ?? procedure.Deadline).CountsCalendarTime);
    }

    /// <summary>The same time of day, <paramref name="days"/> working days later: a request made at 16:00 is followed up at 16:00.</summary>
    private DateTimeOffset AfterWorkingDays(DateTimeOffset since, int days)
    {
        var local = VietnamTime.ToLocal(since);
        var day = calendar.AddWorkingDays(DateOnly.FromDateTime(local), days);
        return VietnamTime.ToUtc(day.ToDateTime(TimeOnly.FromDateTime(local)));
    }

    private static ReminderAudience AudienceOf(MilestoneParty party) => party switch
    {
        MilestoneParty.Requester => ReminderAudience.FocalPoints,
        MilestoneParty.DecidingUnit => ReminderAudience.DecidingAuthority,
        _ => ReminderAudience.AssigneeOrQueue,
    };

    private static bool Same(DateTimeOffset? a, DateTimeOffset? b) =>
        a is { } x && b is { } y ? (x - y).Duration() < SameMoment : a is null && b is null;
}
