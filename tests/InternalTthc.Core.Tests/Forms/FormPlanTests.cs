using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Tests.Calendar;
using InternalTthc.Core.Tests.Catalog;
using InternalTthc.Core.Tests.Understanding;
using InternalTthc.Testing;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>
/// Answers that depend on others, as Bắc Ninh's mailbox request has them (Điều 5): the address format by kind of unit, a
/// commune's name asked only for commune bodies, a person's address from his name and the last digits of his citizen ID,
/// at least one list filled; and a sub-case that fixes a value instead of asking it.
/// </summary>
public sealed class FormPlanTests
{
    private static readonly FieldValueValidator Validator = new();
    private static readonly FormAnswerReader Reader = new(Validator, TestTimeParser.Create(), new FakeClock(TestCalendar.Local("2026-12-07 09:30")));
    private static readonly FormPlan Plan = new(Validator);
    private static readonly ProcedureCatalog Shipped = new CatalogLoader().LoadFolderAsync(PublishedCatalogTests.Folder, CancellationToken.None).GetAwaiter().GetResult();
    private static readonly Procedure Grant = Shipped.Find("bn-mailbox-grant-change")!;

    private static FormField Field(string name) => Grant.FieldsFor("grant").Single(f => f.Name == name);

    [Theory]
    [InlineData("1; Sở Khoa học và Công nghệ; ; skhcn@bacninh.gov.vn", null)]
    [InlineData("Ủy ban nhân dân cấp xã; UBND phường Kinh Bắc; Kinh Bắc; kinhbac@bacninh.gov.vn", null)]
    [InlineData("3; Đảng ủy phường Đông Ngàn; Đông Ngàn; du.dongngan@bacninh.gov.vn", null)]
    [InlineData("4; HĐND xã Tam Đa; Tam Đa; hdnd.tamda@bacninh.gov.vn", null)]
    [InlineData("5; Phòng Hành chính; ; hc.skhcn@bacninh.gov.vn", null)]
    [InlineData("2; UBND phường Kinh Bắc; Kinh Bắc; ubndkinhbac@bacninh.gov.vn", "Dòng 1: Theo Điều 5 khoản 1 điểm b, Ủy ban nhân dân cấp xã dùng <tenphuongxa>@bacninh.gov.vn: tên xã, phường chữ thường, viết liền, không dấu. Theo thông tin đã ghi, cần ghi: kinhbac@bacninh.gov.vn.")]
    [InlineData("2; UBND phường Kinh Bắc; ; kinhbac@bacninh.gov.vn", "Dòng 1: Vui lòng nhập \"Tên xã, phường")]
    [InlineData("5; Phòng Hành chính; ; hanhchinh@bacninh.gov.vn", "Dòng 1: Theo Điều 5 khoản 1 điểm e")]
    public void A_unit_address_follows_the_format_of_its_kind(string row, string? error)
    {
        var check = Reader.Read(Field("unitMailboxes"), row);
        if (error is null) Assert.True(check.Ok, check.Error);
        else Assert.StartsWith(error, check.Error);
    }

    [Theory]
    [InlineData("Nguyễn Văn An; 0123; Chuyên viên; ; 0912345678; annv123@bacninh.gov.vn", true)]
    [InlineData("Nguyễn Văn An; 0123; Chuyên viên; ; 0912345678; annv0123@bacninh.gov.vn", true)] // 4 digits on a collision
    [InlineData("Đỗ Thị Minh Đức; 4567; Kế toán; ; 0912345678; ducdtm567@bacninh.gov.vn", true)]
    [InlineData("Nguyễn Văn An; 0123; Chuyên viên; ; 0912345678; an.nv@bacninh.gov.vn", false)]
    public void A_personal_address_is_built_from_the_name_and_the_citizen_id(string row, bool ok)
    {
        var check = Reader.Read(Field("personMailboxes"), row);
        Assert.Equal(ok, check.Ok);
        if (!ok) Assert.EndsWith("cần ghi: annv123@bacninh.gov.vn hoặc annv0123@bacninh.gov.vn.", check.Error);
    }

    [Fact]
    public void A_grant_needs_at_least_one_list()
    {
        var fields = Plan.Fields(Grant, "grant", new Dictionary<string, string>(), _ => []);
        var errors = Plan.Check(Grant, "grant", fields, new Dictionary<string, string> { ["contactPhone"] = "0912345678" }, _ => []);
        var error = Assert.Single(errors);
        Assert.Equal(("unitMailboxes", "Đề nghị cấp mới cần ít nhất một hộp thư: ghi danh sách hộp thư của cơ quan, đơn vị hoặc danh sách hộp thư cá nhân."), (error.Key, error.Value));
        Assert.Empty(Plan.Check(Grant, "grant", fields, new Dictionary<string, string> { ["personMailboxes"] = "Nguyễn Văn An; 0123; ..." }, _ => []));
    }

    [Fact]
    public void A_field_is_asked_and_required_only_when_another_answer_calls_for_it()
    {
        var p = TestProcedure();
        var none = Plan.Fields(p, null, new Dictionary<string, string>(), f => [.. f.Choices.Select(c => new FieldOption(c.Value, c.Label))]);
        Assert.Equal(["holderKind", "note"], none.Select(f => f.Name));
        var person = Plan.Fields(p, null, new Dictionary<string, string> { ["holderKind"] = "Cá nhân" }, f => [.. f.Choices.Select(c => new FieldOption(c.Value, c.Label))]);
        Assert.Equal(["holderKind", "fullName", "note"], person.Select(f => f.Name));
        Assert.True(person.Single(f => f.Name == "note").Required);
    }

    [Fact]
    public void A_sub_case_fixes_a_value_instead_of_asking_it()
    {
        var terminate = Shipped.Find("bn-mailbox-terminate")!;
        Assert.DoesNotContain(terminate.FieldsFor("retire"), f => f.Name == "reason");
        var answers = FormPlan.Complete(terminate, "retire", FormAnswers.Empty.With("decisionDate", "2026-11-02"));
        Assert.Equal("retired", answers.Text("reason"));
    }

    private static Procedure TestProcedure() => Support.TestCatalog.Procedure("tst-conditional") with
    {
        Form =
        [
            new FormField { Name = "holderKind", Label = "Chủ hộp thư", Type = FieldType.Choice, Required = true, Choices = [new("person", "Cá nhân"), new("unit", "Đơn vị")] },
            new FormField { Name = "fullName", Label = "Họ và tên", Type = FieldType.Text, ShownWhen = new FieldCondition { Field = "holderKind", EqualTo = "person" } },
            new FormField { Name = "note", Label = "Ghi chú", Type = FieldType.Text, RequiredWhen = new FieldCondition { Field = "holderKind", EqualTo = "person" } },
        ],
    };
}
