using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// Files the case an agent filled in from a conversation, for the person: every answer checked as the chat's form checks
/// it, filed by the case service (committed before anyone is told, routed, its deadline counted), attached to the
/// conversation, noted in its transcript, and shown to the person in his chat as his case card.
/// </summary>
public sealed class ConsoleCaseFiling(
    IHandoffStore store, IDirectoryStore directory, ProcedureCatalog catalog, CaseService cases, FormSubmission forms, HandoffCaseOpened opened, TimeProvider clock)
{
    public async Task<ConsoleFiling> FileAsync(
        PersonRoles agent, Guid id, Guid caseId, string procedureCode, string? subCaseCode, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } h || !HandoffDesk.MayHandle(agent, h))
        {
            return ConsoleFiling.Refused(HandoffText.Get("ConsoleNotYours"));
        }

        // A requester linked to nobody is not identified: nothing is filed in anyone's name.
        if (await directory.GetPersonRolesAsync(h.RequesterId, ct) is not { } requester || await directory.FindUnitAsync(requester.Person.UnitId, ct) is not { } unit)
        {
            return ConsoleFiling.Refused(HandoffText.Get("ConsoleGuestCannotFile"));
        }

        if (catalog.Find(procedureCode) is not { } procedure || procedure.JurisdictionCode != unit.JurisdictionCode)
        {
            return ConsoleFiling.Refused(HandoffText.Get("ConsoleNoProcedure"));
        }

        var form = await FormContext.CreateAsync(requester, unit, procedure, showsCards: true, directory, ct);
        var session = new FormSession { Id = caseId, ProcedureCode = procedure.Code, SubCaseCode = subCaseCode, Values = values, StartedAt = clock.GetUtcNow() };
        var (answers, errors) = forms.Answers(form, session);
        if (errors.Count > 0)
        {
            return new ConsoleFiling(HandoffText.Get("ConsoleCaseFaults"), null, errors);
        }

        Case filed;
        try
        {
            filed = await cases.FileForAsync(agent.Person.Id, new DraftRequest(requester.Person.Id, procedure.Code, subCaseCode, answers) { CaseId = caseId },
                CaseTexts.Get("FiledByAgent", agent.Person.FullName), ct);
        }
        catch (Exception e) when (e is FilingException or WorkflowException or CaseConflictException or CaseNotFoundException)
        {
            return ConsoleFiling.Refused(e is CaseNotFoundException ? HandoffText.Get("ConsoleNotYours") : e.Message);
        }

        if (h.CaseId != filed.Id)
        {
            // Said once: a second press of the same form finds the case already filed.
            await opened.TellAsync(h, agent, requester, filed, procedure, ct);
        }

        return new ConsoleFiling(HandoffText.Get("ConsoleCaseOpened", filed.Code!), filed.Code, new Dictionary<string, string>());
    }
}
