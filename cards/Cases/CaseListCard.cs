using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Cases;

/// <summary>"Hồ sơ của tôi": the open cases a person may follow, each with its status and due date.</summary>
public static class CaseListCard
{
    /// <param name="cases">One page (<see cref="CaseListPage.Size"/>) of the cases.</param>
    public static Card Create(string title, IReadOnlyList<CaseListRow> cases, CaseListPage page)
    {
        var body = new List<CardElement> { new TextElement(title, TextRole.Title) };
        if (page.Paged && cases.Count > 0)
        {
            body.Add(new TextElement(page.Range("CaseListRange", cases.Count), TextRole.Subtle));
        }

        if (cases.Count == 0)
        {
            body.Add(new TextElement(CardText.Get("NoOpenCases")));
        }

        foreach (var c in cases)
        {
            body.Add(new TextElement($"{c.Code} — {c.ProcedureName}", TextRole.Heading));
            body.Add(new FactsElement(
            [
                new Fact(CardText.Get("CaseStatus"), c.Status),
                .. c.ResolutionDue is { } due ? [new Fact(CardText.Get("CaseResolutionDue"), due)] : Array.Empty<Fact>(),
                .. CaseContentSection.Compact(c.Content),
            ]));
            body.Add(new ButtonGroup([new CardButton(CardText.Get("ButtonShowCase", null, c.Code), CardData.Action(CardData.ShowCase, ("code", c.Code)))]));
        }

        if (page.More(CardData.ShowMyCases) is { } more)
        {
            body.Add(more);
        }

        return new Card { Body = body, Summary = title };
    }
}
