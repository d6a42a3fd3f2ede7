using System.Text.Json;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// The case form an agent opens from a conversation, prefilled from it: the procedure the person was filling in (else
/// the first his agency executes), its answers as he typed them, in the first long text still empty what he said, and
/// what the directory knows of him (his phone, e-mail, unit).
/// </summary>
public sealed class ConsoleCaseForms(IHandoffStore store, IDirectoryStore directory, ProcedureCatalog catalog, FormContexts offers)
{
    /// <summary>The form for <paramref name="procedureCode"/> (null: the conversation's own); null when the agent may not handle it.</summary>
    public async Task<ConsoleCaseForm?> ForAsync(PersonRoles agent, Guid id, string? procedureCode, string? subCaseCode, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } h || !HandoffDesk.MayHandle(agent, h) || HandoffContext.Read(h.Context) is not { } context
            || await directory.GetPersonRolesAsync(h.RequesterId, ct) is not { } requester || await directory.FindUnitAsync(requester.Person.UnitId, ct) is not { } unit)
        {
            return null;
        }

        var procedures = await ChoicesAsync(agent, requester, unit, context, ct);
        var procedure = catalog.Find(procedureCode ?? context.ProcedureCode ?? procedures.FirstOrDefault()?.Code ?? "") is { } p && procedures.Any(x => x.Code == p.Code)
            ? p : procedures.FirstOrDefault();
        if (procedure is null)
        {
            return new ConsoleCaseForm(Guid.NewGuid().ToString("N"), requester.Person.FullName, unit.Name, "", null, [], [], []);
        }

        var own = procedure.Code == context.ProcedureCode;
        var wanted = subCaseCode ?? (own ? context.SubCaseCode : null);
        var subCase = procedure.SubCases.Any(s => s.Code == wanted) ? wanted : procedure.SubCases.FirstOrDefault()?.Code;
        var options = await FormContext.CreateAsync(requester, unit, procedure, showsCards: true, directory, ct);
        var said = await SaidAsync(h, context, ct);
        var fields = new List<ConsoleField>();
        foreach (var field in procedure.FieldsFor(subCase))
        {
            // A file is handed in anew through the console: what the person sent the bot stays with his unfinished form.
            var value = own && field.Type != FieldType.File ? context.Values.GetValueOrDefault(field.Name) ?? "" : "";
            if (field.Type == FieldType.Rows) value = Lines(field, value);
            if (value.Length == 0) value = Own(field, requester, unit, options.OptionsFor(field));
            if (value.Length == 0 && field.Type == FieldType.LongText && said is not null)
            {
                (value, said) = (said, null);
            }

            fields.Add(new ConsoleField(field.Name, field.Label, JsonNamingPolicy.CamelCase.ConvertName(field.Type.ToString()), field.Required, field.Help,
                [.. options.OptionsFor(field).Select(o => new ConsoleChoice(o.Value, o.Label))], [.. field.Columns.Select(c => c.Label)], value));
        }

        return new ConsoleCaseForm(Guid.NewGuid().ToString("N"), requester.Person.FullName, unit.Name, procedure.Code, subCase,
            [.. procedures.Select(x => new ConsoleChoice(x.Code, x.DisplayName))], [.. procedure.SubCases.Select(s => new ConsoleChoice(s.Code, s.Name))], fields);
    }

    /// <summary>What the person may file from his unit today and the agent's agencies execute, the conversation's own procedure first.</summary>
    private async Task<List<Procedure>> ChoicesAsync(PersonRoles agent, PersonRoles requester, Unit unit, HandoffContext context, CancellationToken ct)
    {
        var agencies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var agencyId in HandoffAgencies.Of(agent))
        {
            if (await directory.FindUnitAsync(agencyId, ct) is { } agency) agencies.Add(agency.Code);
        }

        return [.. catalog.ForJurisdiction(unit.JurisdictionCode)
            .Where(p => offers.OffersToday(p, unit) && (p.Filing.Who != Filer.FocalPoint || requester.Holds(Role.FocalPoint, unit.Id)))
            .Where(p => p.Code == context.ProcedureCode || agencies.Contains(p.Routing.ExecutingUnit) || p.Routing.ExecutingUnitField is not null)
            .OrderByDescending(p => p.Code == context.ProcedureCode)];
    }

    /// <summary>
    /// The person's own words: what he wrote when the bot gave up on it (his report, the sentence not understood; not
    /// his asking for a person), and what he wrote to the agent since.
    /// </summary>
    private async Task<string?> SaidAsync(HandoffRequest h, HandoffContext context, CancellationToken ct)
    {
        var written = (await store.TranscriptAsync(h.Id, ct)).Where(m => m.Side == HandoffSide.Requester).Select(m => m.Text);
        var said = written.Prepend(h.Reason is HandoffReason.NotUnderstood or HandoffReason.CriticalIncident ? context.Words ?? "" : "").Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return said.Count == 0 ? null : string.Join(Environment.NewLine, said);
    }

    /// <summary>What the directory knows of the person for a question about himself: his phone, his e-mail, his unit, him.</summary>
    private static string Own(FormField field, PersonRoles requester, Unit unit, IReadOnlyList<FieldOption> options) => field.Type switch
    {
        FieldType.Phone => requester.Person.Phone ?? "",
        FieldType.Email => requester.Person.Email ?? "",
        FieldType.Unit when options.Any(o => o.Value == unit.Code) => unit.Code,
        FieldType.Person when options.Any(o => o.Value == requester.Person.Id.ToString("N")) => requester.Person.Id.ToString("N"),
        _ => "",
    };

    /// <summary>An annex list as the console's text box shows it: a row a line, cells in the columns' order.</summary>
    private static string Lines(FormField field, string raw) =>
        string.Join("\n", AnnexRows.Read(field, raw).Select(row => string.Join("; ", field.Columns.Select(c => row.GetValueOrDefault(c.Name) ?? ""))));
}
