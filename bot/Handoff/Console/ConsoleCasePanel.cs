using InternalTthc.Bot.CaseWeb;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// The console's case panel: a conversation's case, or any case the agent opens by its code, read through the same view as every case card (<see cref="CaseViews"/>,
/// its content masked as the agent's roles say), and its actions pressed through the case card's own handler.
/// </summary>
public sealed class ConsoleCasePanel(
    IHandoffStore store, ICaseStore cases, CaseService service, ProcedureCatalog catalog, CaseViews views, IDirectoryStore directory, CaseActions actions, CaseLinks links)
{
    private static readonly List<string> Order = [CaseVerbs.Take, .. CaseWorkflow.Transitions.Select(t => CaseVerbs.For(t.Action)), CaseVerbs.Answer];

    /// <summary>A conversation's case as the agent may see it; null when he may not.</summary>
    public async Task<ConsoleCase?> ReadAsync(PersonRoles agent, Guid caseId, CancellationToken ct) =>
        await cases.FindAsync(caseId, ct) is { } c ? await ViewAsync(agent, c, ct) : null;

    /// <summary>Any case by its code, found as "tra cứu" finds it (only one the agent may see); null otherwise, whatever the reason.</summary>
    public async Task<ConsoleCase?> ReadAsync(PersonRoles agent, string code, CancellationToken ct) =>
        await FindAsync(agent, code, ct) is { } c ? await ViewAsync(agent, c, ct) : null;

    /// <summary>
    /// A press on the panel of a conversation's case: only the verb and the inputs come from the console; the case is the
    /// conversation's, and the case card's handler checks again who may do what.
    /// </summary>
    public async Task<string> PressAsync(PersonRoles agent, Guid handoffId, string verb, IReadOnlyDictionary<string, string> inputs, CancellationToken ct)
    {
        if (await store.FindAsync(handoffId, ct) is not { CaseId: { } caseId } h || !HandoffDesk.MayHandle(agent, h) || await cases.FindAsync(caseId, ct) is not { Code: { } code })
        {
            return HandoffText.Get("ConsoleNotYours");
        }

        return await actions.PressAsync(agent, verb, Arguments(code, verb, inputs), ct);
    }

    /// <summary>A press on the panel of a case opened by its code: the case card's handler checks who may do what.</summary>
    public async Task<string?> PressAsync(PersonRoles agent, string code, string verb, IReadOnlyDictionary<string, string> inputs, CancellationToken ct) =>
        await FindAsync(agent, code, ct) is { Code: { } found } ? await actions.PressAsync(agent, verb, Arguments(found, verb, inputs), ct) : null;

    private async Task<Case?> FindAsync(PersonRoles agent, string code, CancellationToken ct)
    {
        try
        {
            return await service.FindForAsync(agent.Person.Id, code, ct);
        }
        catch (CaseNotFoundException)
        {
            return null;
        }
    }

    private async Task<ConsoleCase?> ViewAsync(PersonRoles agent, Case c, CancellationToken ct)
    {
        if (catalog.Find(c.ProcedureCode) is not { } procedure || c.Code is not { } code || CaseAccess.RolesFor(agent, c) is var roles && !CaseAccess.CanView(roles))
        {
            return null;
        }

        // The links are signed for this agent, as on his case card.
        var view = links.Add(await views.CreateAsync(c, procedure, roles, ct), c, code, agent.Person.Id);
        var content = view.Content!;
        var verbs = CaseCards.VerbsFor(agent.Person.Id, roles, c).OrderBy(Order.IndexOf).ToList();
        var agents = verbs.Contains(CaseVerbs.For(CaseAction.Assign)) ? await directory.ListHoldersAsync(c.ExecutingUnitId, Role.Agent, ct) : [];
        var assignee = c.AssigneeId is { } id ? (await directory.FindPersonAsync(id, ct))?.FullName : null;
        return new ConsoleCase(view.Code, view.ProcedureName, view.Status, view.ReceiptDue, view.ResolutionDue, view.TimeLeft, view.Overdue, assignee,
            content.SubCase, content.Filer, content.FiledAt is { } at ? VietnamTime.Format(at) : null, content.Answers, content.Tables,
            [.. view.Files.Select(Link)], [.. view.ResultFiles.Select(Link)], [.. view.Documents.Select(d => new ConsoleLink(d.Title, d.Url.ToString()))],
            [.. view.Timeline.Select(t => new HandoffLine(t.When, t.What))],
            [.. verbs.Select(v => new ConsoleCaseAction(v, CasePanel.Title(v, c.IsQuestion), [.. CaseInputs.Needed(v).Select(n => Input(n, agents))]))])
        {
            IsQuestion = c.IsQuestion,
        };
    }

    private static ConsoleLink Link(CaseFileView file) => new(file.Name, file.Url.ToString());

    private static Dictionary<string, string> Arguments(string code, string verb, IReadOnlyDictionary<string, string> inputs)
    {
        var args = inputs.Where(i => CaseInputs.Needed(verb).Contains(i.Key)).ToDictionary(i => i.Key, i => i.Value.Trim(), StringComparer.Ordinal);
        args["code"] = code;
        return args;
    }

    private static ConsoleField Input(string name, IReadOnlyList<Person> agents) => name switch
    {
        CasePanel.Assignee => Field(name, "CaseAssigneeLabel", "choice", [.. agents.Select(a => new ConsoleChoice(a.Id.ToString("N"), a.FullName))]),
        CasePanel.DocumentNumber => Field(name, "CaseResultNumber", "text", []),
        CasePanel.DocumentDate => Field(name, "CaseResultDate", "date", []),
        CasePanel.Summary => Field(name, "CaseResultSummary", "longText", []),
        CasePanel.Answer => Field(name, "CaseAnswerLabel", "longText", []),
        _ => Field(name, "CaseNoteLabel", "longText", []),
    };

    private static ConsoleField Field(string name, string label, string type, IReadOnlyList<ConsoleChoice> options) =>
        new(name, CardText.Get(label), type, Required: true, Help: null, options, Columns: [], Value: "");
}
