using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications.Reminders;
using InternalTthc.Core.Tests.Cases;
using static InternalTthc.Core.Tests.Notifications.Reminders.ReminderCases;

namespace InternalTthc.Core.Tests.Notifications.Reminders;

/// <summary>Reminders stop as soon as the case moves on: another stage, another due moment, or the stage entered again.</summary>
public sealed class ReminderStillDueTests
{
    private readonly ReminderPlanner _planner = Planner();

    [Fact]
    public void Receipt_reminders_stop_once_the_case_is_received()
    {
        var c = Submitted("2026-04-23 14:30", "2026-04-24 14:30");
        var plan = _planner.PlanFor(c, Local("2026-04-23 14:30"));
        Assert.All(plan, r => Assert.True(_planner.IsStillDue(c, r)));

        c.Receive(CaseBuilder.Agent, Local("2026-04-24 08:00"), Local("2026-04-29 17:00"));

        Assert.All(plan, r => Assert.False(_planner.IsStillDue(c, r)));
        Assert.All(plan, r => Assert.Null(_planner.Next(c, r)));
    }

    [Fact]
    public void Starting_the_work_keeps_the_resolution_reminders_since_the_clock_is_the_same()
    {
        var c = Received("2026-04-28 09:00", "2026-05-04 10:30");
        var plan = _planner.PlanFor(c, Local("2026-04-28 09:00"));
        c.StartProcessing(CaseBuilder.Agent, Local("2026-04-28 10:00"));
        Assert.All(plan, r => Assert.True(_planner.IsStillDue(c, r)));
    }

    [Fact]
    public void Resolution_reminders_stop_when_a_supplement_is_requested_and_do_not_come_back_after_it()
    {
        var c = Received("2026-04-28 09:00", "2026-05-04 10:30");
        var plan = _planner.PlanFor(c, Local("2026-04-28 09:00"));

        c.RequestSupplement(CaseBuilder.Agent, Local("2026-04-28 10:00"), "Bổ sung chữ ký", TimeSpan.FromHours(20));
        Assert.All(plan, r => Assert.False(_planner.IsStillDue(c, r)));
        // Two working days: Wed 29/4, then Mon 4/5 after 30/4–3/5; the repeat two more on.
        var waiting = Assert.Single(_planner.PlanFor(c, Local("2026-04-28 10:00")));
        Assert.Equal("SupplementWaiting RequesterSide 2026-05-04 10:00 #0", Show(waiting));
        Assert.Equal("SupplementWaiting RequesterSide 2026-05-06 10:00 #1", Show(_planner.Next(c, waiting)!));

        // Answered: the clock resumes with a new due moment, so the old resolution reminders stay stopped.
        c.Supplement(CaseBuilder.RequesterActor, Local("2026-04-29 09:00"), FormAnswers.Empty, null, Local("2026-05-05 10:30"));
        Assert.False(_planner.IsStillDue(c, waiting));
        Assert.All(plan, r => Assert.False(_planner.IsStillDue(c, r)));
    }

    [Fact]
    public void A_second_supplement_request_stops_the_first_ones_reminders()
    {
        var c = WaitingForSupplement("2026-04-28 09:00");
        var first = Assert.Single(_planner.PlanFor(c, Local("2026-04-28 09:00")));
        c.Supplement(CaseBuilder.RequesterActor, Local("2026-04-28 14:00"), FormAnswers.Empty, null, Local("2026-12-31 17:00"));
        c.RequestSupplement(CaseBuilder.Agent, Local("2026-04-28 15:00"), "Bổ sung lần hai", TimeSpan.FromHours(8));

        Assert.Equal(CaseStatus.WaitingForSupplement, c.Status);
        Assert.False(_planner.IsStillDue(c, first));
        Assert.True(_planner.IsStillDue(c, Assert.Single(_planner.PlanFor(c, Local("2026-04-28 15:00")))));
    }

    [Fact]
    public void Reminders_stop_once_the_case_is_resolved()
    {
        var c = Received("2026-04-28 09:00", "2026-05-04 10:30");
        var plan = _planner.PlanFor(c, Local("2026-04-28 09:00"));
        c.Resolve(CaseBuilder.Agent, Local("2026-04-29 09:00"), new CaseResult("2/TB", new DateOnly(2026, 4, 29), "Đã cấp", []));
        Assert.All(plan, r => Assert.False(_planner.IsStillDue(c, r)));
        Assert.Empty(_planner.PlanFor(c, Local("2026-04-29 09:00")));
    }

    [Fact]
    public void A_changed_due_moment_stops_the_reminders_planned_for_the_old_one()
    {
        var c = Received("2026-04-28 09:00", "2026-05-04 10:30");
        var overdue = _planner.PlanFor(c, Local("2026-04-28 09:00")).First(r => r.Kind == ReminderKind.ResolutionOverdue);
        Assert.False(_planner.IsStillDue(c, overdue with { Due = Local("2026-05-05 10:30") }));
    }

    [Fact]
    public void A_due_moment_read_back_from_the_store_in_microseconds_still_matches()
    {
        var c = Received("2026-04-28 09:00", "2026-05-04 10:30");
        var overdue = _planner.PlanFor(c, Local("2026-04-28 09:00")).First(r => r.Kind == ReminderKind.ResolutionOverdue);
        Assert.True(_planner.IsStillDue(c, overdue with { Due = overdue.Due!.Value.AddTicks(7), Since = overdue.Since!.Value.AddTicks(-7) }));
    }
}
