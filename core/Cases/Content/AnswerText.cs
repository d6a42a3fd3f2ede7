using System.Globalization;
using System.Text.Json;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Cases.Content;

/// <summary>
/// A stored answer as people read it, by its field's type: choice labels, dates dd/MM/yyyy, Vietnamese numbers, the
/// names of units and people of the directory; phone and citizen ID numbers masked unless the reader may see them.
/// </summary>
internal sealed class AnswerText(DirectoryNames names, bool personalData)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public string Of(FormField field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Of(field, v)).Where(v => v.Length > 0)),
        JsonValueKind.Number => value.TryGetDecimal(out var n) ? n.ToString("#,##0.####", Vi) : value.GetRawText(),
        JsonValueKind.String => Text(field, value.GetString()!),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "",
    };

    private string Text(FormField field, string text) => field.Type switch
    {
        FieldType.Choice or FieldType.MultiChoice => field.Choices.FirstOrDefault(c => c.Value == text)?.Label ?? text,
        FieldType.Unit => names.Units.GetValueOrDefault(text) ?? text,
        FieldType.Person => Guid.TryParse(text, out var id) && names.People.GetValueOrDefault(id) is { } person ? person : text,
        FieldType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? VietnamTime.Format(day) : text,
        FieldType.DateTime => Moment(text),
        FieldType.Phone or FieldType.CitizenId => personalData ? text : PersonalData.MaskNumber(text),
        FieldType.Text or FieldType.LongText => personalData ? text : PersonalData.Mask(text),
        _ => text,
    };

    // Stored as "yyyy-MM-dd HH:mm" of Vietnam's clock (a form's answer), or as a moment with its offset (an incident told in words).
    private static string Moment(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? local.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) ? VietnamTime.Format(moment) : text;
}
