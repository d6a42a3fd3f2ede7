using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// The console's case queue: a page of the agent's queue read as the chat's "hàng đợi" reads it (<see cref="AgentQueue"/>:
/// the same filters, order and paging), each case as its card's view shows it to an executing agent.
/// </summary>
public sealed class ConsoleCaseQueue(AgentQueue queue, ProcedureCatalog catalog, CaseViews views)
{
    /// <returns>Null when the person is no agent of an executing unit.</returns>
    public async Task<ConsoleCaseList?> ListAsync(PersonRoles agent, string? filter, string? procedureCode, int skip, CancellationToken ct)
    {
        if (await queue.PageAsync(agent, filter, procedureCode, skip, CaseListPage.Size, ct) is not { } page)
        {
            return null;
        }

        var rows = new List<ConsoleCaseRow>();
        foreach (var c in page.Page.Cases)
        {
            if (catalog.Find(c.ProcedureCode) is not { } procedure) continue;
            var view = await views.CreateAsync(c, procedure, CaseRole.ExecutingAgent, ct);
            var filer = view.Content?.Filer;
            rows.Add(new ConsoleCaseRow(view.Code, view.ProcedureName, view.Status,
                view.ReceiptDue is not null ? CardText.Get("CaseReceiptDue") : view.ResolutionDue is not null ? CardText.Get("CaseResolutionDue") : null,
                view.ReceiptDue ?? view.ResolutionDue, view.TimeLeft, view.Overdue, c.Urgent,
                c.AssigneeId is { } id ? page.Assignees.GetValueOrDefault(id) : null, filer is null ? null : $"{filer.Name} – {filer.Unit}"));
        }

        var list = new CaseListPage(Math.Max(skip, 0), page.Page.Total);
        var summary = page.Page.Total == 0 ? CardText.Get("QueueEmpty")
            : list.Paged ? list.Range("QueueCountMore", rows.Count) : CardText.Get("QueueCount", null, page.Page.Total);
        return new ConsoleCaseList(page.Filter, page.Procedure?.Code, summary, list.Skip, CaseListPage.Size, page.Page.Total,
            [.. QueueFilters.Shown.Select(f => new ConsoleChoice(f, CardText.Get($"QueueFilter_{f}")))],
            [.. (await queue.ProceduresAsync(agent, ct)).Select(p => new ConsoleChoice(p.Code, p.DisplayName))], rows);
    }
}
