using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Questions;

/// <summary>The published answers that fit a search, best first, each with its question and what the answer must state.</summary>
public static class AnswerListCard
{
    /// <param name="sought">The words searched for; null when none were typed (the newest answers are listed).</param>
    public static Card Create(string? sought, IReadOnlyList<AnswerView> answers)
    {
        var body = new List<CardElement>
        {
            new TextElement(CardText.Get("AnswersTitle"), TextRole.Title),
            new TextElement(Intro(sought, answers.Count), answers.Count == 0 ? TextRole.Warning : TextRole.Body),
        };
        foreach (var a in answers)
        {
            body.Add(new TextElement(CardText.Get("AnswerQuestionTitle", null, a.Code), TextRole.Heading));
            body.Add(new TextElement(a.Question));
            body.Add(new FactsElement(a.Facts()));
        }

        body.Add(new TextElement(answers.Count == 0 || sought is null ? CardText.Get("AnswersHowTo") : CardText.Get("AnswersReference"), TextRole.Subtle));
        return new Card { Body = body, Summary = CardText.Get("AnswersSummary", null, answers.Count) };
    }

    /// <summary>What a search found, said before the answers.</summary>
    public static string Intro(string? sought, int count) => (count, sought) switch
    {
        (0, null) => CardText.Get("AnswersNoneYet"),
        (0, _) => CardText.Get("AnswersNone", null, sought),
        (_, null) => CardText.Get("AnswersLatest"),
        _ => CardText.Get("AnswersFound", null, sought),
    };
}
