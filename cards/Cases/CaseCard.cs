using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Cases;

/// <summary>A case: code, procedure, status, due dates with the working time left, and its timeline.</summary>
public static class CaseCard
{
    /// <param name="actions">What the viewer may do to the case now (the focal point's confirmation...).</param>
    public static Card Create(CaseView c, string? headline = null, IReadOnlyList<CardButton>? actions = null)
    {
        var facts = new List<Fact>
        {
            new(CardText.Get("CaseProcedure"), c.ProcedureName),
            new(CardText.Get("CaseStatus"), c.Status),
        };
        if (c.SubmittedAt is { } sent) facts.Add(new Fact(CardText.Get("CaseSubmittedAt"), sent));
        if (c.ReceiptDue is { } receipt) facts.Add(new Fact(CardText.Get("CaseReceiptDue"), receipt));
        if (c.ResolutionDue is { } due) facts.Add(new Fact(CardText.Get("CaseResolutionDue"), due));
        if (c.TimeLeft is { } left) facts.Add(new Fact(CardText.Get("CaseTimeLeft"), left));

        var body = new List<CardElement> { new TextElement(CardText.Get("CaseTitle", null, c.Code), TextRole.Title) };
        if (headline is not null) body.Add(new TextElement(headline, TextRole.Good));
        if (c.Overdue && c.TimeLeft is { } late) body.Add(new TextElement(late, TextRole.Attention));
        body.Add(new FactsElement(facts));
        if (c.Timeline.Count > 0)
        {
            body.Add(new TextElement(CardText.Get("CaseTimeline"), TextRole.Heading));
            body.Add(new FactsElement([.. c.Timeline.Select(t => new Fact(t.When, t.What))]));
        }

        return new Card { Body = body, Actions = actions ?? [], Summary = $"{CardText.Get("CaseTitle", null, c.Code)}: {c.Status}" };
    }
}
