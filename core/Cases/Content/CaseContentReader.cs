using System.Text.Json;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Cases.Content;

/// <summary>Reads a case's request content (<see cref="CaseContent"/>) for one reader, with the names it needs from the directory.</summary>
public sealed class CaseContentReader(IDirectoryStore directory)
{
    /// <param name="personalData">The reader sees phone and citizen ID numbers whole (<see cref="CaseContent.ShowsPersonalDataTo"/>).</param>
    public async Task<CaseContent> ReadAsync(Case c, Procedure procedure, bool personalData, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(procedure);
        var answered = procedure.Form.Where(f => c.Answers.Values.ContainsKey(f.Name)).ToList();
        var text = new AnswerText(await NamesAsync(c, answered, ct), personalData);
        var requester = await directory.FindPersonAsync(c.RequesterId, ct);
        var unit = await directory.FindUnitAsync(c.UnitId, ct);
        return new CaseContent
        {
            SubCase = procedure.SubCases.FirstOrDefault(s => s.Code == c.SubCaseCode)?.Name,
            Filer = new CaseFiler(
                requester?.FullName ?? "—", requester?.Position, unit?.Name ?? "—",
                requester?.Phone is { } phone && !personalData ? Text.PersonalData.MaskNumber(phone) : requester?.Phone, requester?.Email),
            FiledAt = c.Timeline.Where(e => e.Action == CaseAction.Submit).Select(e => (DateTimeOffset?)e.At).Min() ?? c.SubmittedAt,
            Answers = [.. answered.Where(f => f.Type is not (FieldType.Rows or FieldType.File))
                .Select(f => new ContentAnswer(f.Name, f.Label, text.Of(f, c.Answers.Values[f.Name])))
                .Where(a => a.Value.Length > 0)],
            Tables = [.. answered.Where(f => f.Type == FieldType.Rows).Select(f => Table(f, c.Answers.Values[f.Name], text)).Where(t => t.Rows.Count > 0)],
            Files = [.. c.Attachments.Select(a => new ContentFile(procedure.Form.FirstOrDefault(f => f.Name == a.FieldName)?.Label, a))],
            Masked = !personalData,
        };
    }

    private static ContentTable Table(FormField field, JsonElement rows, AnswerText text) => new(
        field.Name, field.Label, [.. field.Columns.Select(c => c.Label)],
        [.. Rows(rows).Select(r => (IReadOnlyList<string>)[.. field.Columns.Select(c => r.TryGetProperty(c.Name, out var cell) ? text.Of(c, cell) : "")])]);

    private static IEnumerable<JsonElement> Rows(JsonElement rows) =>
        rows.ValueKind == JsonValueKind.Array ? rows.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object) : [];

    /// <summary>The units and people the answers name (top-level fields and annex columns alike), each looked up once.</summary>
    private async Task<DirectoryNames> NamesAsync(Case c, IReadOnlyList<FormField> answered, CancellationToken ct)
    {
        var named = new HashSet<(FieldType Type, string Value)>();
        foreach (var field in answered)
        {
            var value = c.Answers.Values[field.Name];
            var cells = field.Type == FieldType.Rows
                ? Rows(value).SelectMany(r => field.Columns.Select(col => (col.Type, Cell: r.TryGetProperty(col.Name, out var cell) ? cell : default)))
                : [(field.Type, Cell: value)];
            named.UnionWith(cells.Where(x => x.Type is FieldType.Unit or FieldType.Person).SelectMany(x => Strings(x.Cell).Select(s => (x.Type, s))));
        }

        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = new Dictionary<Guid, string>();
        foreach (var (type, value) in named)
        {
            if (type == FieldType.Unit && await directory.FindUnitByCodeAsync(value, ct) is { } unit) units[value] = unit.Name;
            if (type == FieldType.Person && Guid.TryParse(value, out var id) && await directory.FindPersonAsync(id, ct) is { } person)
            {
                people[id] = person.Position is null ? person.FullName : $"{person.FullName} — {person.Position}";
            }
        }

        return new DirectoryNames(units, people);
    }

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
