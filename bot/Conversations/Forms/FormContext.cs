using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>What one turn of a form needs: who fills it, for which procedure, on which kind of channel, and the options of directory fields.</summary>
public sealed record FormContext(PersonRoles Person, Unit Unit, Procedure Procedure, bool ShowsCards, IReadOnlyList<FieldOption> Units, IReadOnlyList<FieldOption> Colleagues)
{
    /// <summary>The form as the answers make it (conditional fields); set by <see cref="FormContexts"/>.</summary>
    public FormPlan? Plan { get; init; }

    public IReadOnlyList<FieldOption> OptionsFor(FormField field) => field.Type switch
    {
        FieldType.Unit => Units,
        FieldType.Person => Colleagues,
        _ => [.. field.Choices.Select(c => new FieldOption(c.Value, c.Label))],
    };

    /// <summary>The fields of the session's sub-case that its answers so far call for, required as they make them.</summary>
    public IReadOnlyList<FormField> Fields(FormSession session) =>
        Plan is null ? [.. Procedure.FieldsFor(session.SubCaseCode)] : Plan.Fields(Procedure, session.SubCaseCode, session.Values, OptionsFor);

    /// <summary>A field as the session asks it (its sub-case's columns, required as the answers make it); the catalog's when not asked now.</summary>
    public FormField Field(FormSession session, string name) =>
        Fields(session).FirstOrDefault(f => f.Name == name) ?? Procedure.Form.First(f => f.Name == name);

    /// <summary>
    /// Fields asked one at a time: all of them on text channels, files everywhere (a card has no file input), and a field
    /// shown by another answer, which a card cannot know before it is sent.
    /// </summary>
    public bool IsStep(FormField field) => !ShowsCards || field.Type == FieldType.File || field.ShownWhen is not null;

    public static async Task<FormContext> CreateAsync(PersonRoles person, Unit unit, Procedure procedure, bool showsCards, IDirectoryStore directory, CancellationToken ct)
    {
        // Read only for a form that asks for a unit or a colleague (every turn of a form builds its context).
        var units = Asks(procedure, FieldType.Unit) ? await directory.ListUnitsAsync(unit.JurisdictionCode, ct) : [];
        var colleagues = Asks(procedure, FieldType.Person) ? await directory.ListPeopleOfUnitAsync(unit.Id, ct) : [];
        return new FormContext(person, unit, procedure, showsCards,
            [.. units.Select(u => new FieldOption(u.Code, u.Name))],
            [.. colleagues.Select(p => new FieldOption(p.Id.ToString("N"), p.Position is null ? p.FullName : $"{p.FullName} — {p.Position}"))]);
    }

    private static bool Asks(Procedure procedure, FieldType type) =>
        procedure.Form.Any(f => f.Type == type || f.Columns.Any(c => c.Type == type));
}
