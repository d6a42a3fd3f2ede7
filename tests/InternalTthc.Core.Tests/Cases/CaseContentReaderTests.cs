using System.Text.Json;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Cases;

/// <summary>A case's request content as people read it: every kind of answer in words, personal numbers masked for some readers.</summary>
public sealed class CaseContentReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Procedure Everything = TestCatalog.Procedure("tst-content") with
    {
        SubCases = [new SubCase { Code = "grant", Name = "Cấp mới tài khoản" }],
        Form =
        [
            Field("reason", FieldType.Choice) with { Choices = [new("new", "Cán bộ mới"), new("moved", "Điều chuyển")] },
            Field("systems", FieldType.MultiChoice) with { Choices = [new("mail", "Thư điện tử"), new("docs", "Quản lý văn bản")] },
            Field("from", FieldType.Date), Field("startedAt", FieldType.DateTime), Field("score", FieldType.Number),
            Field("toUnit", FieldType.Unit), Field("contact", FieldType.Person), Field("phone", FieldType.Phone), Field("note", FieldType.LongText),
            Field("people", FieldType.Rows) with { Columns = [Field("name", FieldType.Text), Field("id", FieldType.CitizenId), Field("kind", FieldType.Choice) with { Choices = [new("a", "Chính thức")] }] },
            Field("empty", FieldType.Rows) with { Columns = [Field("name", FieldType.Text)] },
            Field("letter", FieldType.File),
        ],
    };

    [Fact]
    public async Task Every_kind_of_answer_reads_in_words_and_personal_numbers_are_masked_for_readers_who_do_not_need_them()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var scope = store.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        await directory.ImportAsync(TestDirectory.Create(TestCatalog.Create()), Ct);
        var staff = (await directory.FindPersonByLoginAsync("staff", Ct))!;
        var agent = (await directory.FindPersonByLoginAsync("agent", Ct))!;
        var answers = FormAnswers.Empty
            .With("reason", "moved").With("systems", JsonSerializer.SerializeToElement(new[] { "mail", "docs" }))
            .With("from", "2026-03-02").With("startedAt", "2026-03-02 14:05").With("score", JsonSerializer.SerializeToElement(1234.5m))
            .With("toUnit", TestDirectory.OtherUnit).With("contact", agent.Id.ToString("N")).With("phone", "0912345678")
            .With("note", "Gọi 0987654321 hoặc a@b.gov.vn")
            .With("people", JsonSerializer.SerializeToElement(new[] { new { name = "Nguyễn Văn An", id = "079123456789", kind = "a" } }))
            .With("empty", JsonSerializer.SerializeToElement(Array.Empty<object>()));
        var c = Case.Open(new CaseOpening
        {
            JurisdictionCode = TestCatalog.Jurisdiction, ProcedureCode = Everything.Code, SubCaseCode = "grant", UnitId = staff.UnitId, RequesterId = staff.Id,
            ExecutingUnitId = Guid.NewGuid(), DecidingUnitId = Guid.NewGuid(), Answers = answers,
            Attachments = [new CaseFile("k1", "cong-van.pdf", "application/pdf", 10, "letter")],
        }, CaseBuilder.Now);
        var reader = new CaseContentReader(directory);

        var whole = await reader.ReadAsync(c, Everything, personalData: true, Ct);
        Assert.Equal("Cấp mới tài khoản", whole.SubCase);
        Assert.Equal(new CaseFiler("Người thử staff", "Chuyên viên", "Sở Nội vụ (thử)", null, "staff@test.gov.vn"), whole.Filer);
        Assert.Equal(
        [
            ("reason", "Điều chuyển"), ("systems", "Thư điện tử, Quản lý văn bản"), ("from", "02/03/2026"), ("startedAt", "14:05 02/03/2026"),
            ("score", "1.234,5"), ("toUnit", "Sở Tài chính (thử)"), ("contact", "Người thử agent — Chuyên viên"), ("phone", "0912345678"),
            ("note", "Gọi 0987654321 hoặc a@b.gov.vn"),
        ], whole.Answers.Select(a => (a.FieldName, a.Value)));
        var table = Assert.Single(whole.Tables); // the empty list is left out
        Assert.Equal(["name label", "id label", "kind label"], table.Columns);
        Assert.Equal(["Nguyễn Văn An", "079123456789", "Chính thức"], Assert.Single(table.Rows));
        Assert.Equal("letter label", Assert.Single(whole.Files).Label);
        Assert.False(whole.Masked);

        var masked = await reader.ReadAsync(c, Everything, personalData: false, Ct);
        Assert.Equal("***678", masked.Answers.Single(a => a.FieldName == "phone").Value);
        Assert.Equal("Gọi *** hoặc ***", masked.Answers.Single(a => a.FieldName == "note").Value);
        Assert.Equal("***789", masked.Tables[0].Rows[0][1]);
        Assert.True(masked.Masked);
    }

    [Fact]
    public void Only_the_executing_agents_and_the_requesters_side_read_personal_numbers_whole()
    {
        Assert.True(CaseContent.ShowsPersonalDataTo(CaseRole.ExecutingAgent));
        Assert.True(CaseContent.ShowsPersonalDataTo(CaseRole.Requester));
        Assert.True(CaseContent.ShowsPersonalDataTo(CaseRole.UnitFocalPoint | CaseRole.DecidingAuthority));
        Assert.False(CaseContent.ShowsPersonalDataTo(CaseRole.DecidingAuthority));
        Assert.False(CaseContent.ShowsPersonalDataTo(CaseRole.ExecutingLeader));
    }

    private static FormField Field(string name, FieldType type) => new() { Name = name, Label = $"{name} label", Type = type };
}
