using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Forms;

/// <summary>
/// Reads what a person typed for any field, annex lists included (<see cref="AnnexRows"/>), each cell checked like a
/// field ("Dòng 2: ...") and by the rules that read the row's other cells (a column shown, required or shaped by another).
/// A date-time field also takes words ("tối qua khoảng 9h", "vừa xong"): the forms ask it of things that have happened.
/// </summary>
public sealed class FormAnswerReader(FieldValueValidator validator, VietnameseTimeParser time, TimeProvider clock)
{
    public FieldCheck Read(FormField field, string? raw, IReadOnlyList<FieldOption>? options = null) => field.Type switch
    {
        FieldType.Rows => Rows(field, raw ?? ""),
        FieldType.DateTime => Moment(field, raw),
        _ => validator.Check(field, raw, options),
    };

    private FieldCheck Moment(FormField field, string? raw)
    {
        var check = validator.Check(field, raw);
        return !check.Ok && !string.IsNullOrWhiteSpace(raw) && IncidentTime.Read(time, raw, clock.GetUtcNow()) is { } said
            ? validator.Check(field, IncidentTime.Value(said))
            : check;
    }

    private FieldCheck Rows(FormField field, string raw)
    {
        var lines = AnnexRows.Read(field, raw);
        if (lines.Count == 0)
        {
            return field.Required || field.MinRows > 0 ? FieldCheck.Invalid(ValidationText.Get("Required", ValidationText.Label(field))) : FieldCheck.Empty;
        }

        if (field.MinRows is { } min && lines.Count < min) return FieldCheck.Invalid(ValidationText.Get("TooFewRows", ValidationText.Label(field), min));
        if (field.MaxRows is { } max && lines.Count > max) return FieldCheck.Invalid(ValidationText.Get("TooManyRows", ValidationText.Label(field), max));

        var rows = new JsonArray();
        var errors = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var row = new JsonObject();
            foreach (var (column, check) in AnnexRowCheck.Check(validator, field, lines[i]))
            {
                if (!check.Ok) errors.Add(ValidationText.Get("RowFault", i + 1, check.Error!));
                else if (check.Value is { } value) row[column.Name] = JsonNode.Parse(value.GetRawText());
            }

            rows.Add(row);
        }

        return errors.Count > 0 ? FieldCheck.Invalid(string.Join(" ", errors)) : FieldCheck.Valid(JsonSerializer.SerializeToElement(rows));
    }
}
