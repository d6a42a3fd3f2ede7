using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Questions;

namespace InternalTthc.Cards.Questions;

/// <summary>A published answer as people read it: on the case card, in the search results in chat and on the public page.</summary>
public sealed record AnswerView(string Code, string? Jurisdiction, string Agency, string Responder, string Date, string Question, string Answer)
{
    /// <param name="jurisdiction">The province's name, shown where answers of several provinces may appear; null on a case card.</param>
    public static AnswerView From(PublishedAnswer a, string? jurisdiction) => new(
        a.CaseCode, jurisdiction, a.Agency, CardText.Get("AnswerResponderValue", null, a.ResponderName, a.ResponderPosition),
        VietnamTime.Format(a.AnsweredOn), a.Question, a.Answer);

    /// <summary>What every answer states (Điều 25 khoản 2 điểm c): the agency, the responder's name and position, the date, the answer.</summary>
    public IReadOnlyList<Fact> Facts() =>
    [
        .. Jurisdiction is { } province ? [new Fact(CardText.Get("AnswerJurisdiction"), province)] : Array.Empty<Fact>(),
        new(CardText.Get("AnswerAgency"), Agency),
        new(CardText.Get("AnswerResponder"), Responder),
        new(CardText.Get("AnswerDate"), Date),
        new(CardText.Get("AnswerText"), Answer),
    ];
}
