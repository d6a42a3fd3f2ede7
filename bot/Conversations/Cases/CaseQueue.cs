using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>"Hàng đợi" as a card: a page of the agent's queue (<see cref="AgentQueue"/>) with the filters as buttons.</summary>
public sealed class CaseQueue(AgentQueue queue, ProcedureCatalog catalog, CaseViews views)
{
    public async Task<Card> ShowAsync(PersonRoles person, QueueRequest request, bool withInputs, CancellationToken ct)
    {
        if (await queue.PageAsync(person, request.Filter, request.ProcedureCode, request.Skip, CaseListPage.Size, ct) is not { } page)
        {
            return NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("QueueNotAgent"), TextRole.Warning);
        }

        var rows = new List<CaseView>();
        foreach (var c in page.Page.Cases)
        {
            if (catalog.Find(c.ProcedureCode) is not { } p) continue;
            var assignee = c.AssigneeId is { } id ? page.Assignees.GetValueOrDefault(id) : null;
            rows.Add(await views.CreateAsync(c, p, CaseRole.ExecutingAgent, ct) with { Assignee = assignee });
        }

        var procedures = withInputs ? (await queue.ProceduresAsync(person, ct)).Select(p => new InputChoice(p.Code, p.DisplayName)).ToList() : [];
        var shownProcedure = page.Procedure is { } shown ? new InputChoice(shown.Code, shown.DisplayName) : null;
        return QueueCard.Create(page.Filter, shownProcedure, rows, new CaseListPage(request.Skip, page.Page.Total), procedures);
    }
}
