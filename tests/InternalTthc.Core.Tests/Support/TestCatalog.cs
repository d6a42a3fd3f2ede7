using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Tests.Support;

/// <summary>A small catalog built in code, so store and workflow tests do not depend on the published data.</summary>
public static class TestCatalog
{
    public const string Jurisdiction = "test-province";

    public static Procedure Procedure(string code, Filer who = Filer.FocalPoint, bool approval = false, DeadlineRule? deadline = null) => new()
    {
        Code = code,
        Name = $"Thủ tục thử {code}",
        Field = "Công nghệ thông tin",
        Source = new ProcedureSource("doc", "1"),
        Published = new PublishedFields
        {
            Steps = ["Bước 1"], Channels = ["Trực tuyến"], DossierComponents = ["Văn bản đề nghị"], DossierCount = "01 bộ",
            DeadlineText = (deadline ?? DeadlineRule.WorkingDays(3)).ToString(), Subjects = "Cơ quan, đơn vị",
            Agencies = [new PublishedAgency("Cơ quan thực hiện", "Trung tâm thử")], Result = "Thông báo", Fee = "Không",
            FormName = "Không", Conditions = "Không", LegalBasis = ["Quyết định thử"],
        },
        Deadline = deadline ?? DeadlineRule.WorkingDays(3),
        Filing = new FilingPolicy { Who = who },
        Routing = new ProcedureRouting { ExecutingUnit = "tst-center", DecidingUnit = "tst-dept" },
        RequiresApproval = approval,
        Kinds = [RequestKind.MailboxNew],
        Keywords = ["thử"],
    };

    public static ProcedureCatalog Create() => new([new CatalogFile
    {
        Jurisdiction = new JurisdictionInfo
        {
            Code = Jurisdiction, Name = "Tỉnh Thử", CasePrefix = "TST",
            Policy = new JurisdictionPolicy
            {
                Receipt = DeadlineRule.WorkingHours(8),
                OfficeHours = new CatalogOfficeHours { Inherit = true, Reason = "Văn bản thử không quy định giờ làm việc." },
            },
        },
        Documents = [new SourceDocument { Id = "doc", Title = "Quyết định thử" }],
        Agencies =
        [
            new CatalogAgency("tst-dept", "Sở Thử", null),
            new CatalogAgency("tst-center", "Trung tâm Thử", "tst-dept", UnitLevel.Division),
        ],
        Procedures =
        [
            Procedure("tst-focal") with { JurisdictionCode = Jurisdiction },
            Procedure("tst-staff", Filer.AnyStaffWithUnitConfirmation) with { JurisdictionCode = Jurisdiction },
            Procedure("tst-approval", approval: true) with { JurisdictionCode = Jurisdiction },
            Procedure("tst-question", Filer.AnyStaff) with
            {
                JurisdictionCode = Jurisdiction,
                Flow = ProcedureFlow.Question,
                Form = [new FormField { Name = "question", Label = "Nội dung câu hỏi", Type = FieldType.LongText, Required = true }],
            },
        ],
    }]);
}
