using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Notifications.Reminders;
using InternalTthc.Core.Tests.Calendar;
using InternalTthc.Core.Tests.Cases;
using InternalTthc.Core.Tests.Support;

namespace InternalTthc.Core.Tests.Notifications.Reminders;

/// <summary>The test catalog with a reminder policy, cases at chosen moments, and plans written as text.</summary>
internal static class ReminderCases
{
    public static readonly ReminderPolicy Policy = new()
    {
        BeforeReceiptDueHours = [4], BeforeResolutionDueHours = [8, 2], OverdueRepeatHours = 8,
        EscalateAfterOverdueHours = 0, EscalationRepeatHours = 16, SupplementWaitingDays = 2,
        BeforeYearlyDateDays = [7, 3, 1], Sources = ["mặc định của hệ thống"],
    };

    /// <summary>"tst-own" replaces the jurisdiction's policy: one reminder an hour before, no escalation.</summary>
    public static readonly ReminderPolicy Own = new() { BeforeResolutionDueHours = [1], Sources = ["mặc định của hệ thống"] };

    public static ProcedureCatalog Catalog()
    {
        var file = TestCatalog.Create().Files[0];
        return new ProcedureCatalog([file with
        {
            Jurisdiction = file.Jurisdiction with { Policy = file.Jurisdiction.Policy with { Reminders = Policy } },
            Procedures =
            [
                .. file.Procedures,
                TestCatalog.Procedure("tst-urgent") with { JurisdictionCode = TestCatalog.Jurisdiction, Urgent = true },
                TestCatalog.Procedure("tst-own") with { JurisdictionCode = TestCatalog.Jurisdiction, Reminders = Own },
            ],
        }]);
    }

    public static ReminderPlanner Planner(ProcedureCatalog? catalog = null) => new(TestCalendar.Calculator(), catalog ?? Catalog());

    public static Case Submitted(string at, string receiptDue, string procedure = "tst-focal", bool approval = false, string jurisdiction = TestCatalog.Jurisdiction)
    {
        var c = Case.Open(new CaseOpening
        {
            JurisdictionCode = jurisdiction, ProcedureCode = procedure, UnitId = Guid.NewGuid(),
            RequesterId = CaseBuilder.Requester, ExecutingUnitId = Guid.NewGuid(), DecidingUnitId = Guid.NewGuid(),
            Urgent = procedure == "tst-urgent", NeedsApproval = approval,
        }, TestCalendar.Local(at));
        c.Submit(CaseBuilder.RequesterActor, TestCalendar.Local(at), TestCalendar.Local(receiptDue));
        return c;
    }

    public static Case Received(string at, string resolutionDue, string procedure = "tst-focal", bool approval = false, string jurisdiction = TestCatalog.Jurisdiction)
    {
        var c = Submitted(at, at, procedure, approval, jurisdiction);
        c.Receive(CaseBuilder.Agent, TestCalendar.Local(at), TestCalendar.Local(resolutionDue));
        return c;
    }

    public static Case WaitingForSupplement(string at, string procedure = "tst-focal")
    {
        var c = Received(at, "2026-12-31 17:00", procedure);
        c.RequestSupplement(CaseBuilder.Agent, TestCalendar.Local(at), "Bổ sung văn bản đề nghị", TimeSpan.FromHours(8));
        return c;
    }

    public static string Show(PlannedReminder r) => $"{r.Kind} {r.Audience} {TestCalendar.Show(r.At)} #{r.Sequence}";

    public static string[] Show(IEnumerable<PlannedReminder> plan) => [.. plan.Select(Show)];

    public static DateTimeOffset Local(string text) => TestCalendar.Local(text);

    public static string Show(DateTimeOffset? moment) => TestCalendar.Show(moment);
}
