using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// Files the case an agent filled in from a conversation, for the person: every answer checked as the chat's form checks
/// it, filed by the case service (committed before anyone is told, routed, its deadline counted), attached to the
/// conversation, noted in its transcript, and shown to the person in his chat as his case card.
/// </summary>
public sealed class ConsoleCaseFiling(
    IHandoffStore store, IDirectoryStore directory, ProcedureCatalog catalog, CaseService cases, FormSubmission forms, HandoffCaseOpened opened, CaseFileIntake intake,
    TimeProvider clock)
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
        var (files, missing) = await FilesAsync(procedure.FieldsFor(subCaseCode), caseId, values, ct);
        var session = new FormSession { Id = caseId, ProcedureCode = procedure.Code, SubCaseCode = subCaseCode, Values = values, Files = files, StartedAt = clock.GetUtcNow() };
        var (answers, errors) = forms.Answers(form, session);
        foreach (var (field, fault) in missing) errors[field] = fault;
        if (errors.Count > 0)
        {
            return new ConsoleFiling(HandoffText.Get("ConsoleCaseFaults"), null, errors);
        }

        Case filed;
        try
        {
            filed = await cases.FileForAsync(agent.Person.Id, new DraftRequest(requester.Person.Id, procedure.Code, subCaseCode, answers) { CaseId = caseId, Files = files },
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

    /// <summary>
    /// The files of the form's file fields, named by the ids their uploads answered: only files kept under this very case
    /// (an id of anything else is no file), each under its field.
    /// </summary>
    private async Task<(List<CaseFile> Files, Dictionary<string, string> Missing)> FilesAsync(
        IEnumerable<FormField> fields, Guid caseId, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var files = new List<CaseFile>();
        var missing = new Dictionary<string, string>();
        foreach (var field in fields.Where(f => f.Type == FieldType.File))
        {
            foreach (var id in (values.GetValueOrDefault(field.Name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (await intake.FindAsync(CaseFileIntake.CaseArea(caseId), id, ct) is { } file) files.Add(file with { FieldName = field.Name });
                else missing[field.Name] = HandoffText.Get("ConsoleFileGone");
            }
        }

        return (files, missing);
    }
}
