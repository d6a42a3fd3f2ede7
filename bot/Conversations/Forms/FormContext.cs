using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>What one turn of a form needs: who fills it, for which procedure, on which kind of channel, and the options of directory fields.</summary>
public sealed record FormContext(PersonRoles Person, Unit Unit, Procedure Procedure, bool ShowsCards, IReadOnlyList<FieldOption> Units, IReadOnlyList<FieldOption> Colleagues)
{
    public IReadOnlyList<FieldOption> OptionsFor(FormField field) => field.Type switch
    {
        FieldType.Unit => Units,
        FieldType.Person => Colleagues,
        _ => [.. field.Choices.Select(c => new FieldOption(c.Value, c.Label))],
    };

    public IReadOnlyList<FormField> Fields(FormSession session) => [.. Procedure.FieldsFor(session.SubCaseCode)];

    /// <summary>Fields asked one at a time: all of them on text channels, files everywhere (a card has no file input).</summary>
    public bool IsStep(FormField field) => !ShowsCards || field.Type == FieldType.File;

    public static async Task<FormContext> CreateAsync(PersonRoles person, Unit unit, Procedure procedure, bool showsCards, IDirectoryStore directory, CancellationToken ct)
    {
        var units = await directory.ListUnitsAsync(unit.JurisdictionCode, ct);
        var colleagues = await directory.ListPeopleOfUnitAsync(unit.Id, ct);
        return new FormContext(person, unit, procedure, showsCards,
            [.. units.Select(u => new FieldOption(u.Code, u.Name))],
            [.. colleagues.Select(p => new FieldOption(p.Id.ToString("N"), p.Position is null ? p.FullName : $"{p.FullName} — {p.Position}"))]);
    }
}
