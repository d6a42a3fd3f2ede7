using System.Text.Json.Nodes;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Questions;
using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Tests;

/// <summary>Every card the card library makes, over the shipped catalog, for the renderer and schema tests.</summary>
internal static class CardSamples
{
    public static ProcedureCatalog Catalog { get; } = new CatalogLoader()
        .LoadFolderAsync(Path.Combine(AppContext.BaseDirectory, "catalog"), CancellationToken.None).GetAwaiter().GetResult();

    public static IEnumerable<(string Name, Card Card)> All()
    {
        foreach (var j in Catalog.Jurisdictions)
        {
            yield return ($"menu-{j.Code}", MenuCard.Create("Nguyễn Thị Hoa", j, Catalog.ForJurisdiction(j.Code)));
            yield return ($"menu-en-{j.Code}", MenuCard.Create("Hoa", j, Catalog.ForJurisdiction(j.Code), System.Globalization.CultureInfo.GetCultureInfo("en")));
        }

        yield return ("menu-empty", MenuCard.Create("Hoa", Catalog.Jurisdictions.First(), []));
        yield return ("unlinked", UnlinkedCard.Create());
        yield return ("case-every-control", EveryControlCase());
        yield return ("case-refused", CaseCard.Create(SampleCase, "Cần ghi rõ lý do.", refused: true, new CaseControls
        {
            Code = SampleCase.Code, Verbs = new HashSet<string> { CaseVerbs.For(Core.Cases.CaseAction.Reject) },
            Values = new Dictionary<string, string> { ["note"] = "Thiếu chữ ký" },
        }));
        yield return ("queue", QueueCard.Create(QueueCard.DueSoon, null, [SampleCase with { Assignee = "Lò Văn Thắng" }], new CaseListPage(0, 25),
            [new InputChoice("lcu-mailbox-grant", "Cấp mới hộp thư")]));
        yield return ("queue-empty", QueueCard.Create(QueueCard.All, null, [], new CaseListPage(0, 0), []));
        yield return ("answers", AnswerListCard.Create("cấp tài khoản", [SampleAnswer with { Jurisdiction = "Tỉnh Lai Châu" }]));
        yield return ("answers-latest", AnswerListCard.Create(null, [SampleAnswer]));
        yield return ("answers-none", AnswerListCard.Create("ngân sách", []));
    }

    public static AnswerView SampleAnswer { get; } = new("LCU-2026-00002", null, "Văn phòng Ủy ban nhân dân tỉnh",
        "Hoàng Văn Nam — Chuyên viên Văn phòng UBND tỉnh", "03/03/2026", "Cấp tài khoản cho cán bộ mới cần giấy tờ gì? Liên hệ: ***", "Văn bản đề nghị của đơn vị.");

    public static CaseView SampleCase { get; } = new()
    {
        Id = Guid.Empty, Code = "LCU-2026-00001", ProcedureName = "Cấp mới hộp thư", Status = "Đang xử lý",
        ResolutionDue = "17:00 04/03/2026", TimeLeft = "12 giờ", SupplementRequest = "Gửi lại danh sách", SupplementAnswer = "Đã gửi",
        ResultNumber = "15/TTCNTT", ResultDate = "03/03/2026", ResultSummary = "Đã cấp", RejectionReason = "Trùng", Rating = "5/5",
        Timeline = [("08:00 02/03/2026", "Đã gửi, chờ tiếp nhận")],
        Content = SampleContent,
        AnnexLinks = new Dictionary<string, Uri> { ["individuals"] = new("https://tthc.example/cases/LCU-2026-00001/annex/individuals.xlsx?s=x") },
        Files = [new CaseFileView("cong-van-125.pdf", 123_456, new Uri("https://tthc.example/cases/LCU-2026-00001/files/f1?s=x"))],
        Answer = SampleAnswer,
        Stages = [new(1, "Xác minh, phân loại sự cố.", StageState.Done), new(2, "Phối hợp ứng cứu.", StageState.Current), new(3, "Đánh giá, báo cáo.", StageState.ToCome)],
    };

    /// <summary>A request with a sub-case, answers, a long annex list (cut short on the card) and a short one.</summary>
    public static CaseContent SampleContent { get; } = new()
    {
        SubCase = "Cấp mới",
        Filer = new CaseFiler("Lâm Thị Ngọc", "Chuyên viên", "Sở Tài chính", "0913000001", "ngoc@cantho.gov.vn"),
        FiledAt = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero),
        Answers = [new("officialLetterNumber", "Số công văn đề nghị", "125/UBND-VP"), new("note", "Ghi chú", "*gấp* [xem](https://evil.example)")],
        Tables =
        [
            new("individuals", "Yêu cầu cấp lại mật khẩu hộp thư điện tử đối với cá nhân", ["Họ tên người dùng", "Đơn vị", "Số điện thoại", "Địa chỉ hộp thư điện tử", "Ghi chú"],
                [.. Enumerable.Range(1, 12).Select(i => (IReadOnlyList<string>)[$"Người dùng {i}", "Sở Tài chính", $"09130000{i:00}", $"user{i}@cantho.gov.vn", i == 1 ? "quên mật khẩu" : ""])]),
            new("organizations", "Yêu cầu cấp lại mật khẩu hộp thư điện tử đối với cơ quan nhà nước, đơn vị", ["Tên cơ quan", "Địa chỉ hộp thư điện tử"],
                [["Văn phòng Sở", "vanphong@cantho.gov.vn"]]),
        ],
    };

    /// <summary>A case card with every button at once (no viewer gets them all), refreshing itself on Teams.</summary>
    public static Card EveryControlCase() => CaseCard.Create(SampleCase, "Đã tiếp nhận hồ sơ.", controls: new CaseControls
    {
        Code = SampleCase.Code,
        Verbs = new HashSet<string>([.. Enum.GetValues<Core.Cases.CaseAction>().Select(CaseVerbs.For), CaseVerbs.Take, CaseVerbs.Rate, CaseVerbs.Answer]),
        Agents = [new InputChoice("a1", "Lò Văn Thắng"), new InputChoice("a2", "Vàng Thị Mai")],
        Stages = [new InputChoice("3", "3. Đánh giá, báo cáo."), new InputChoice("4", "4. Kết thúc.")],
    }, refresh: new CardRefresh(new JsonObject { ["action"] = CaseVerbs.Refresh, ["code"] = SampleCase.Code }, ["29:agent-1"]));
}
