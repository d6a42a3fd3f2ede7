using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Support;

/// <summary>
/// The test catalog as a 2025 regulation and its later changes would make it: no receipt clock, a password re-issued
/// "within 2 hours of receipt", a termination the requester must ask for within 15 days of a decision, and a change file
/// merging the department into a new one from 01/03/2025, renaming the centre, suspending a procedure from 01/07/2025.
/// </summary>
public static class RegulationCatalog
{
    public static Procedure Password { get; } = TestCatalog.Procedure("tst-password", deadline: DeadlineRule.CalendarHours(2)) with
    {
        JurisdictionCode = TestCatalog.Jurisdiction,
        Routing = new ProcedureRouting { ExecutingUnit = "tst-center" },
    };

    public static Procedure Terminate { get; } = TestCatalog.Procedure("tst-terminate", deadline: DeadlineRule.WorkingDays(2, DeadlineStart.Receipt)) with
    {
        JurisdictionCode = TestCatalog.Jurisdiction,
        Milestones = [new Milestone("Gửi văn bản đề nghị chấm dứt", DeadlineRule.CalendarDays(15, DeadlineStart.FormDate, "decisionDate"), MilestoneParty.Requester)],
        Form = [new FormField { Name = "decisionDate", Label = "Ngày có quyết định", Type = FieldType.Date, Required = true }],
        Reminders = new ReminderPolicy { BeforeRequesterDueDays = [3, 1], Sources = ["mặc định của hệ thống"] },
    };

    /// <summary>"Không áp dụng cho cơ sở giáo dục, cơ sở y tế."</summary>
    public static Procedure Excluding { get; } = TestCatalog.Procedure("tst-excluding") with
    {
        JurisdictionCode = TestCatalog.Jurisdiction,
        Filing = new FilingPolicy { Who = Filer.FocalPoint, ExcludedUnitKinds = [Directory.UnitKind.Education, Directory.UnitKind.Health], Source = "Quy chế thử, Điều 1" },
    };

    public static CatalogChanges Changes { get; } = new()
    {
        Jurisdiction = TestCatalog.Jurisdiction,
        Agencies = [new CatalogAgency("tst-so-khcn", "Sở Khoa học và Công nghệ", null)],
        Changes =
        [
            new CatalogChange { Kind = ChangeKind.AgencyMerged, Agency = "tst-dept", Into = "tst-so-khcn", Effective = new DateOnly(2025, 3, 1), Source = "Sáp nhập" },
            new CatalogChange { Kind = ChangeKind.AgencyRenamed, Agency = "tst-center", Name = "Trung tâm Chuyển đổi số", Effective = new DateOnly(2025, 3, 1), Source = "Đổi tên" },
            new CatalogChange { Kind = ChangeKind.JurisdictionRenamed, Name = "Thành phố Thử", Effective = new DateOnly(2025, 1, 1), Source = "Nghị quyết" },
            new CatalogChange { Kind = ChangeKind.ProcedureSuspended, Procedure = "tst-approval", Effective = new DateOnly(2025, 7, 1), Note = "Không còn cấp huyện", Source = "Luật" },
        ],
    };

    public static ProcedureCatalog Create()
    {
        var file = TestCatalog.Create().Files[0];
        return new ProcedureCatalog(
            [file with
            {
                Jurisdiction = file.Jurisdiction with { Policy = file.Jurisdiction.Policy with { Receipt = null } },
                Procedures = [.. file.Procedures, Password, Terminate, Excluding],
            }],
            [Changes]);
    }
}
