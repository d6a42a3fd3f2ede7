using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;

namespace InternalTthc.Cards.Cases;

/// <summary>"Hồ sơ cần xử lý": an agent's queue under one filter, the filters as buttons, each case opening its card.</summary>
public static class QueueCard
{
    public const string All = QueueFilters.All;
    public const string New = QueueFilters.New;
    public const string Mine = QueueFilters.Mine;
    public const string DueSoon = QueueFilters.DueSoon;
    public const string Overdue = QueueFilters.Overdue;
    public const string ByProcedure = QueueFilters.ByProcedure;

    /// <param name="procedure">The procedure filtered by (code, name) when the filter is <see cref="ByProcedure"/>.</param>
    /// <param name="cases">One page (<see cref="CaseListPage.Size"/>) of the cases under the filter.</param>
    /// <param name="procedures">The procedures to filter by (code, name); empty on text channels, which have no choice input.</param>
    public static Card Create(string filter, InputChoice? procedure, IReadOnlyList<CaseView> cases, CaseListPage page, IReadOnlyList<InputChoice> procedures)
    {
        var label = filter == ByProcedure && procedure is not null ? procedure.Title : CardText.Get($"QueueFilter_{filter}");
        var title = CardText.Get("QueueTitle", null, label);
        var body = new List<CardElement>
        {
            new TextElement(title, TextRole.Title),
            new ButtonGroup([.. QueueFilters.Shown.Select(f => new CardButton(CardText.Get($"QueueFilter_{f}"), CardData.Action(CardData.ShowQueue, ("filter", f))))]),
        };
        if (procedures.Count > 0)
        {
            body.Add(new InputElement(ByProcedure, CardText.Get("QueueProcedureLabel"), InputKind.Choice) { Choices = procedures });
            body.Add(new ButtonGroup([new CardButton(CardText.Get("QueueByProcedure"), CardData.Action(CardData.ShowQueue, ("filter", ByProcedure)))]));
        }

        body.Add(new TextElement(page.Total == 0 ? CardText.Get("QueueEmpty")
            : page.Paged ? page.Range("QueueCountMore", cases.Count) : CardText.Get("QueueCount", null, page.Total), TextRole.Subtle));
        foreach (var c in cases.Take(CaseListPage.Size))
        {
            body.Add(new TextElement($"{c.Code} — {c.ProcedureName}", TextRole.Heading));
            var facts = new List<Fact> { new(CardText.Get("CaseStatus"), c.Status) };
            if ((c.ReceiptDue ?? c.ResolutionDue) is { } due) facts.Add(new Fact(CardText.Get(c.ReceiptDue is null ? "CaseResolutionDue" : "CaseReceiptDue"), due));
            if (c.TimeLeft is { } left) facts.Add(new Fact(CardText.Get("CaseTimeLeft"), left));
            if (c.Assignee is { } who) facts.Add(new Fact(CardText.Get("CaseAssignee"), who));
            if (c.Content is { } content) facts.AddRange(CaseContentSection.Compact(content));
            body.Add(new FactsElement(facts));
            body.Add(new ButtonGroup([new CardButton(CardText.Get("ButtonShowCase", null, c.Code), CardData.Action(CardData.ShowCase, ("code", c.Code)))]));
        }

        (string, string)[] same = procedure is null ? [("filter", filter)] : [("filter", filter), (ByProcedure, procedure.Value)];
        if (page.More(CardData.ShowQueue, same) is { } more)
        {
            body.Add(more);
        }

        return new Card { Body = body, Summary = title };
    }
}
