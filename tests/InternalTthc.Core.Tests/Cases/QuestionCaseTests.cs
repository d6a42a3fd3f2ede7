using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Questions;
using InternalTthc.Core.Tests.Support;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Tests.Cases;

/// <summary>A question to one agency is resolved by an answer that names the agency, the responder and his position (Điều 25 khoản 2 điểm c).</summary>
public sealed class QuestionCaseTests
{
    private static readonly Responder Responder = new("Văn phòng Ủy ban nhân dân tỉnh", "Đỗ Thu Trang", "Chuyên viên");

    [Fact]
    public void A_question_takes_an_answer_with_the_responders_position_and_only_then_is_published()
    {
        var question = Received(isQuestion: true);
        var document = new CaseResult("15/TB", new DateOnly(2026, 4, 24), "Đã cấp", []);
        Assert.Contains("kết quả là câu trả lời", Assert.Throws<WorkflowException>(() => question.Resolve(CaseBuilder.Agent, CaseBuilder.Now, document)).Message);
        var noPosition = Answer("Không thu lệ phí.") with { Responder = Responder with { Position = "" } };
        Assert.Contains("danh bạ chưa ghi chức vụ của bạn", Assert.Throws<WorkflowException>(() => question.Resolve(CaseBuilder.Agent, CaseBuilder.Now, noPosition)).Message);
        var noName = Answer("Không thu lệ phí.") with { Responder = Responder with { Name = "" } };
        Assert.Contains("danh bạ chưa ghi họ tên của bạn", Assert.Throws<WorkflowException>(() => question.Resolve(CaseBuilder.Agent, CaseBuilder.Now, noName)).Message);
        Assert.Equal(CaseStatus.Received, question.Status);

        question.Resolve(CaseBuilder.Agent, CaseBuilder.Now, Answer("Không thu lệ phí."));
        question.AssignCode("TST-2026-00007");
        var published = PublishedAnswer.Of(question, QuestionProcedure)!;
        Assert.Equal(("TST-2026-00007", "Đỗ Thu Trang", "Chuyên viên", "Không thu lệ phí."), (published.CaseCode, published.ResponderName, published.ResponderPosition, published.Answer));
        Assert.Equal("Gọi *** hoặc *** hỏi về lệ phí năm 2026, văn bản 123/QĐ-UBND ngày 15/03/2026?", published.Question);

        question.Reopen(CaseBuilder.Agent, CaseBuilder.Now, "Trả lời chưa đủ", null);
        Assert.Null(PublishedAnswer.Of(question, QuestionProcedure));
    }

    [Fact]
    public void Other_cases_keep_their_document_results_and_publish_nothing()
    {
        var c = Received(isQuestion: false);
        c.Resolve(CaseBuilder.Agent, CaseBuilder.Now, new CaseResult("15/TB", new DateOnly(2026, 4, 24), "Đã cấp", []));
        Assert.Equal(CaseStatus.Resolved, c.Status);
        Assert.Null(PublishedAnswer.Of(c, QuestionProcedure));
    }

    [Fact]
    public void A_result_naming_a_responder_is_refused_on_a_case_that_is_not_a_question_so_nothing_is_published()
    {
        var c = Received(isQuestion: false);
        Assert.Contains("không phải là câu hỏi", Assert.Throws<WorkflowException>(() => c.Resolve(CaseBuilder.Agent, CaseBuilder.Now, Answer("Đã cấp"))).Message);
        Assert.Equal(CaseStatus.Received, c.Status);
        Assert.Null(PublishedAnswer.Of(c, QuestionProcedure));
    }

    [Fact]
    public void Phone_numbers_and_citizen_ids_typed_in_the_answer_are_masked_when_published()
    {
        var question = Received(isQuestion: true);
        question.Resolve(CaseBuilder.Agent, CaseBuilder.Now, Answer("Gọi 0912 345 678 hoặc gửi CCCD 001099012345 cho anh An theo Quyết định 2829/QĐ-UBND."));
        question.AssignCode("TST-2026-00008");

        Assert.Equal("Gọi *** hoặc gửi CCCD *** cho anh An theo Quyết định 2829/QĐ-UBND.", PublishedAnswer.Of(question, QuestionProcedure)!.Answer);
    }

    [Theory]
    [InlineData("Gọi 0912345678 nhé", "Gọi *** nhé")]
    [InlineData("Số CCCD: 001 099 012 345.", "Số CCCD: ***.")]
    [InlineData("CMND 123456789, thư a.b@laichau.gov.vn", "CMND ***, thư ***")]
    [InlineData("+84 912 345 678", "***")]
    [InlineData("Quyết định 2829/QĐ-UBND ngày 27/11/2023, 1.000.000 đồng", "Quyết định 2829/QĐ-UBND ngày 27/11/2023, 1.000.000 đồng")]
    public void Personal_data_is_masked_and_dates_numbers_and_amounts_are_kept(string text, string shown) =>
        Assert.Equal(shown, PersonalData.Mask(text));

    private static Procedure QuestionProcedure => TestCatalog.Create().Find("tst-question")!;

    private static CaseResult Answer(string text) => new("", new DateOnly(2026, 4, 24), text, []) { Responder = Responder };

    private static Case Received(bool isQuestion)
    {
        var c = Case.Open(new CaseOpening
        {
            JurisdictionCode = TestCatalog.Jurisdiction, ProcedureCode = "tst-question", UnitId = Guid.NewGuid(), RequesterId = CaseBuilder.Requester,
            ExecutingUnitId = Guid.NewGuid(), DecidingUnitId = Guid.NewGuid(), IsQuestion = isQuestion,
            Answers = FormAnswers.Empty.With("question", "Gọi 0912 345 678 hoặc an@test.gov.vn hỏi về lệ phí năm 2026, văn bản 123/QĐ-UBND ngày 15/03/2026?"),
        }, CaseBuilder.Now);
        c.Submit(CaseBuilder.RequesterActor, CaseBuilder.Now, null);
        c.Receive(CaseBuilder.Agent, CaseBuilder.Now, null);
        return c;
    }
}
