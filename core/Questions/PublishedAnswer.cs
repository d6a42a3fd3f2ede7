using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Questions;

/// <summary>
/// An answered question as the question-and-answer section publishes it (Lai Châu, Điều 25 khoản 2 điểm c): the
/// agency, the responder's name and position, the date, the question and the answer. The asker is not shown,
/// and personal data typed in the question or the answer is masked.
/// </summary>
public sealed record PublishedAnswer(
    string CaseCode, string JurisdictionCode, string Agency, string ResponderName, string ResponderPosition,
    DateOnly AnsweredOn, string Question, string Answer)
{
    /// <summary>The published answer of a case: only an answered question has one, and only while it stands (a reopened one has none).</summary>
    public static PublishedAnswer? Of(Case c, Procedure procedure) =>
        c is { IsQuestion: true, Status: CaseStatus.Resolved, Code: { } code, Result: { Responder: { } responder } result }
            ? new(code, c.JurisdictionCode, responder.Agency, responder.Name, responder.Position, result.DocumentDate,
                PersonalData.Mask(procedure.QuestionField is { } field ? c.Answers.Text(field.Name) ?? "" : ""), PersonalData.Mask(result.Summary))
            : null;
}
