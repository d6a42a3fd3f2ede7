using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications.Reminders;
using InternalTthc.Core.Tests.Cases;
using static InternalTthc.Core.Tests.Notifications.Reminders.ReminderCases;

namespace InternalTthc.Core.Tests.Notifications.Reminders;

/// <summary>What is planned for a case's current stage, in working time, across weekends and days off.</summary>
public sealed class ReminderPlannerTests
{
    private readonly ReminderPlanner _planner = Planner();

    [Fact]
    public void A_submitted_case_is_reminded_before_and_at_its_receipt_due()
    {
        // Thu 14:30 + 8 working hours = Fri 14:30; 4 working hours before is Fri 09:00, across lunch.
        var c = Submitted("2026-04-23 14:30", "2026-04-24 14:30");
        Assert.Equal(
            [
                "ReceiptDueSoon AssigneeOrQueue 2026-04-24 09:00 #0",
                "ReceiptOverdue AssigneeOrQueue 2026-04-24 14:30 #0",
                "Escalation ExecutingLeader 2026-04-24 14:30 #0",
            ],
            Show(_planner.PlanFor(c, Local("2026-04-23 14:30"))));
    }

    [Fact]
    public void Reminders_before_the_resolution_due_count_back_over_30_4_and_1_5()
    {
        // Due Mon 4/5 10:30: 8 working hours back are 3 on Monday and 5 on Wed 29/4 (30/4–3/5 off).
        var c = Received("2026-04-28 09:00", "2026-05-04 10:30");
        Assert.Equal(
            [
                "ResolutionDueSoon AssigneeOrQueue 2026-04-29 10:30 #0",
                "ResolutionDueSoon AssigneeOrQueue 2026-05-04 08:30 #0",
                "ResolutionOverdue AssigneeOrQueue 2026-05-04 10:30 #0",
                "Escalation ExecutingLeader 2026-05-04 10:30 #0",
            ],
            Show(_planner.PlanFor(c, Local("2026-04-28 09:00"))));
    }

    [Fact]
    public void Reminders_before_a_due_after_Tet_fall_before_Tet()
    {
        // Tết Bính Ngọ: 14–22/2/2026 off. Due Mon 23/2 09:00 has 1.5 working hours that morning.
        var c = Received("2026-02-10 09:00", "2026-02-23 09:00");
        Assert.Equal(
            ["2026-02-13 09:00", "2026-02-13 16:30", "2026-02-23 09:00", "2026-02-23 09:00"],
            _planner.PlanFor(c, Local("2026-02-10 09:00")).Select(r => Show(r.At)));
    }

    [Fact]
    public void Overdue_at_office_close_before_Tet_waits_until_after_it()
    {
        var c = Received("2026-02-10 09:00", "2026-02-13 17:00");
        var overdue = _planner.PlanFor(c, Local("2026-02-10 09:00")).First(r => r.Kind == ReminderKind.ResolutionOverdue);
        Assert.Equal("2026-02-23 07:30", Show(overdue.At));
        Assert.Equal("2026-02-13 17:00", Show(overdue.Due));
    }

    [Fact]
    public void A_make_up_Saturday_counts_as_working_time()
    {
        // Sat 22/8/2026 is a working day (swapped with Mon 31/8).
        var c = Received("2026-08-20 09:00", "2026-08-24 10:30");
        var soon = _planner.PlanFor(c, Local("2026-08-20 09:00")).Where(r => r.Kind == ReminderKind.ResolutionDueSoon);
        Assert.Equal(["2026-08-22 10:30", "2026-08-24 08:30"], soon.Select(r => Show(r.At)));

        // Overdue Fri 21/8 16:00: the repeat 8 working hours later is on the Saturday.
        var late = Received("2026-08-20 09:00", "2026-08-21 16:00");
        var overdue = _planner.PlanFor(late, Local("2026-08-20 09:00")).First(r => r.Kind == ReminderKind.ResolutionOverdue);
        Assert.Equal("2026-08-22 16:00", Show(_planner.Next(late, overdue)!.At));
    }

    [Theory]
    [InlineData("tst-focal", "2026-11-16 20:00", "2026-11-19 07:30")] // Wed 18/11 20:00 waits for Thursday morning
    [InlineData("tst-focal", "2026-11-18 20:00", "2026-11-23 07:30")] // Fri 20/11 20:00 waits for Monday
    [InlineData("tst-urgent", "2026-11-16 20:00", "2026-11-18 20:00")] // an incident reminds at night
    [InlineData("tst-urgent", "2026-11-18 20:00", "2026-11-20 20:00")]
    [InlineData("tst-focal", "2026-02-11 20:00", "2026-02-23 07:30")] // Fri 13/2 20:00 waits until after Tết
    public void A_waiting_supplement_is_followed_up_after_two_working_days_in_office_hours_unless_urgent(string procedure, string requested, string expected)
    {
        var c = WaitingForSupplement(requested, procedure);
        var plan = _planner.PlanFor(c, Local(requested));
        Assert.Equal([$"SupplementWaiting RequesterSide {expected} #0"], Show(plan));
    }

    [Fact]
    public void An_incident_overdue_at_night_is_reminded_at_once_and_others_the_next_morning()
    {
        var night = Local("2026-04-23 21:00");
        var urgent = _planner.PlanFor(Received("2026-04-23 08:00", "2026-04-23 17:00", "tst-urgent"), night);
        var usual = _planner.PlanFor(Received("2026-04-23 08:00", "2026-04-23 17:00"), night);
        Assert.Equal(["ResolutionOverdue AssigneeOrQueue 2026-04-23 21:00 #0", "Escalation ExecutingLeader 2026-04-23 21:00 #0"], Show(urgent));
        Assert.Equal(["ResolutionOverdue AssigneeOrQueue 2026-04-24 07:30 #0", "Escalation ExecutingLeader 2026-04-24 07:30 #0"], Show(usual));
    }

    [Fact]
    public void Overdue_reminders_repeat_every_8_working_hours_and_escalation_every_16()
    {
        var c = Received("2026-04-22 08:00", "2026-04-23 10:00");
        var plan = _planner.PlanFor(c, Local("2026-04-22 08:00"));
        var overdue = plan.Single(r => r.Kind == ReminderKind.ResolutionOverdue);
        var escalation = plan.Single(r => r.Kind == ReminderKind.Escalation);

        Assert.Equal(["2026-04-23 10:00", "2026-04-24 10:00", "2026-04-28 10:00"], Chain(c, overdue, 3));
        // 16 working hours: Thu 5.5, Fri 8, Tue 28/4 2.5 (Mon 27/4 is the nghỉ bù of Giỗ Tổ); then over 30/4–3/5.
        Assert.Equal(["2026-04-23 10:00", "2026-04-28 10:00", "2026-05-04 10:00"], Chain(c, escalation, 3));
        Assert.Equal([0, 1, 2], Repeats(c, overdue, 3).Select(r => r.Sequence));
    }

    [Fact]
    public void A_case_planned_long_after_it_ran_overdue_is_reminded_now_without_replaying_missed_repeats()
    {
        var c = Received("2026-04-22 08:00", "2026-04-23 10:00");
        var plan = _planner.PlanFor(c, Local("2026-05-04 09:00"));
        Assert.Equal(["ResolutionOverdue AssigneeOrQueue 2026-05-04 09:00 #0", "Escalation ExecutingLeader 2026-05-04 09:00 #0"], Show(plan));
        // 31 working hours late: the next 8-hour mark is the 32nd, Mon 4/5 10:00.
        Assert.Equal("ResolutionOverdue AssigneeOrQueue 2026-05-04 10:00 #4", Show(_planner.Next(c, plan[0])!));
    }

    [Fact]
    public void Reminders_already_past_are_dropped()
    {
        var c = Received("2026-04-28 09:00", "2026-05-04 10:30");
        var plan = _planner.PlanFor(c, Local("2026-04-29 14:00"));
        Assert.Equal(["2026-05-04 08:30", "2026-05-04 10:30", "2026-05-04 10:30"], plan.Select(r => Show(r.At)));
    }

    [Fact]
    public void A_result_awaiting_approval_reminds_the_deciding_authority_without_escalation()
    {
        var c = Received("2026-04-28 09:00", "2026-05-04 10:30", approval: true);
        c.StartProcessing(CaseBuilder.Agent, Local("2026-04-28 09:00"));
        c.Resolve(CaseBuilder.Agent, Local("2026-04-28 10:00"), new CaseResult("1/TB", new DateOnly(2026, 4, 28), "Đã xử lý", []));
        Assert.Equal(
            [
                "ResolutionDueSoon DecidingAuthority 2026-04-29 10:30 #0",
                "ResolutionDueSoon DecidingAuthority 2026-05-04 08:30 #0",
                "ResolutionOverdue DecidingAuthority 2026-05-04 10:30 #0",
            ],
            Show(_planner.PlanFor(c, Local("2026-04-28 10:00"))));
    }

    [Theory]
    [InlineData(CaseStatus.Draft)]
    [InlineData(CaseStatus.AwaitingConfirmation)]
    [InlineData(CaseStatus.Resolved)]
    [InlineData(CaseStatus.Rejected)]
    [InlineData(CaseStatus.Withdrawn)]
    public void Drafts_cases_awaiting_confirmation_and_closed_cases_get_none(CaseStatus status) =>
        Assert.Empty(_planner.PlanFor(CaseBuilder.InStatus(status), CaseBuilder.Now));

    [Fact]
    public void A_procedures_own_policy_beats_the_jurisdictions()
    {
        var c = Received("2026-04-28 09:00", "2026-05-04 10:30", "tst-own");
        Assert.Equal(
            ["ResolutionDueSoon AssigneeOrQueue 2026-05-04 09:30 #0", "ResolutionOverdue AssigneeOrQueue 2026-05-04 10:30 #0"],
            Show(_planner.PlanFor(c, Local("2026-04-28 09:00"))));
        Assert.Null(_planner.Next(c, _planner.PlanFor(c, Local("2026-04-28 09:00"))[1])); // no repeat in its policy
    }

    private string[] Chain(Case c, PlannedReminder first, int count) => [.. Repeats(c, first, count).Select(r => Show(r.At))];

    private List<PlannedReminder> Repeats(Case c, PlannedReminder first, int count)
    {
        var chain = new List<PlannedReminder> { first };
        while (chain.Count < count) chain.Add(_planner.Next(c, chain[^1])!);
        return chain;
    }
}
