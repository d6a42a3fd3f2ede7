using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Notifications.Reminders;
using InternalTthc.Core.Tests.Cases;
using InternalTthc.Core.Tests.Support;
using static InternalTthc.Core.Tests.Notifications.Reminders.ReminderCases;

namespace InternalTthc.Core.Tests.Notifications.Reminders;

/// <summary>
/// Reminders for clocks on the clock ("within 2 hours of receipt, whatever the hour"): offsets in hours of the clock, sent at
/// night; and reminders of the requester's own deadline while his request is still an unfinished draft.
/// </summary>
public sealed class CalendarTimeReminderTests
{
    private static readonly ProcedureCatalog Catalog = WithPolicy(RegulationCatalog.Create());

    /// <summary>The regulation catalog with the usual jurisdiction policy; the password keeps none of its own, so hours follow its rule.</summary>
    private static ProcedureCatalog WithPolicy(ProcedureCatalog c)
    {
        var file = c.Files[0];
        return new ProcedureCatalog([file with { Jurisdiction = file.Jurisdiction with { Policy = file.Jurisdiction.Policy with { Reminders = Policy } } }], c.Changes);
    }

    [Fact]
    public void A_password_sent_at_night_is_reminded_an_hour_before_and_at_its_due_at_night()
    {
        var c = Case.Open(new CaseOpening
        {
            JurisdictionCode = TestCatalog.Jurisdiction, ProcedureCode = "tst-password", UnitId = Guid.NewGuid(),
            RequesterId = CaseBuilder.Requester, ExecutingUnitId = Guid.NewGuid(), DecidingUnitId = Guid.Empty,
        }, Local("2026-04-24 22:30"));
        c.Submit(CaseBuilder.RequesterActor, Local("2026-04-24 22:30"), null, Local("2026-04-25 00:30"));

        // No receipt clock: the resolution clock runs from arrival; 8 and 2 hours before fall before the case existed.
        Assert.Equal(
            [
                "ResolutionDueSoon AssigneeOrQueue 2026-04-24 22:30 #0",
                "ResolutionOverdue AssigneeOrQueue 2026-04-25 00:30 #0",
                "Escalation ExecutingLeader 2026-04-25 00:30 #0",
            ],
            Show(Planner(Catalog).PlanFor(c, Local("2026-04-24 22:30"))));
        var overdue = Planner(Catalog).PlanFor(c, Local("2026-04-24 22:30")).First(r => r.Kind == ReminderKind.ResolutionOverdue);
        Assert.Equal("2026-04-25 08:30", Show(Planner(Catalog).Next(c, overdue)!.At)); // repeated 8 hours of the clock later, a Saturday
    }

    [Fact]
    public void A_draft_is_reminded_three_and_one_working_days_before_the_requesters_fifteen_days_end()
    {
        var planner = new DraftReminderPlanner(Calendar.TestCalendar.Calculator(), Catalog, new RequesterDeadlines(Calendar.TestCalendar.Calculator()));
        string? Stored(string name) => name == "decisionDate" ? "2026-11-02" : null;

        // 15 days after Mon 02/11 end with Tue 17/11 17:00: working days before it are Thu 12/11 and Mon 16/11.
        var plan = planner.Plan(RegulationCatalog.Terminate, Guid.NewGuid(), Guid.NewGuid(), Stored, Local("2026-11-03 10:00"));
        Assert.Equal(["2026-11-12 07:30", "2026-11-16 07:30"], plan.Select(r => Show(r.At)).Order());
        Assert.All(plan, r => Assert.Equal("2026-11-17 17:00", Show(r.Due)));

        // Planned late (on 13/11), only the reminder still ahead remains; a changed date no longer matches.
        Assert.Equal(["2026-11-16 07:30"], planner.Plan(RegulationCatalog.Terminate, Guid.NewGuid(), Guid.NewGuid(), Stored, Local("2026-11-13 10:00")).Select(r => Show(r.At)));
        Assert.False(planner.StillDue(RegulationCatalog.Terminate, plan[0], name => name == "decisionDate" ? "2026-11-05" : null));
        Assert.True(planner.StillDue(RegulationCatalog.Terminate, plan[0], Stored));
    }
}
